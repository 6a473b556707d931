import { afterAll } from "vitest";
import { removeTemporaryDirs } from "./tmp.ts";

// every test file leaves the temporary folders it made behind it removed
afterAll(removeTemporaryDirs);
