/**
 * 项目类别 letters, inferred from the pinyin initials of 预算管理一体化 categories and from the
 * projects that carry them (Y: 运维, 租赁, 车辆购置 …). Other letters are shown as they are.
 */
const TYPES: Record<string, string> = {
  T: "特定目标类项目",
  Y: "运转类项目",
};

/**
 * What a project code says: 11000024T000002771150 is region 110000 (北京市), first approved in
 * 2024, type T, serial 000002771150.
 */
export function describeCode(code: string) {
  const region = code.slice(0, 6);
  const year = 2000 + Number(code.slice(6, 8));
  const type = code.slice(8, 9);
  return {
    region,
    regionName: region === "110000" ? "北京市" : undefined,
    firstYear: year,
    type,
    typeName: TYPES[type],
    serial: code.slice(9),
  };
}
