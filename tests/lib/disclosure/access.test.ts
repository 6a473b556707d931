import { describe, expect, it } from "vitest";
import { projectsTable } from "../../../src/lib/disclosure/access.ts";
import { parseText } from "../../../src/lib/parse/index.ts";
import { seedWithShortProjectRow } from "../../helpers.ts";

describe("projectsTable", () => {
  it("is the table of projects kept as printed where it could not be read by rows: the disclosure lists its projects, unread, and says so", () => {
    const { lines } = seedWithShortProjectRow();
    const d = parseText(Buffer.from(lines.join("\n")), "x.txt");
    const table = projectsTable(d);
    expect([table?.label, table?.title, d.projects.length]).toEqual(["预算表12", "项目支出绩效目标表", 0]);
    expect(table?.shape === "grid" && table.asPrinted?.role).toBe("projects");
  });
});
