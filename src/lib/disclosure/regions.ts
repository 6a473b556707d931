/**
 * 地区 from a department's name: the province (or municipality) and the city, district or county
 * below it that begin the name. 上海市普陀区司法局 → 上海市普陀区, 杭州市司法局 → 杭州市. A department
 * of the central government (国家信访局, 中华人民共和国…部) is 中央.
 */
export function regionOf(text: string): string | undefined {
  if (/^(?:国家|中华人民共和国|中国|中央|全国|国务院)/.test(text)) return "中央";
  return /^(.+?(?:省|自治区|市))(.+?(?:区|县|市))?/.exec(text)?.slice(1).filter(Boolean).join("");
}
