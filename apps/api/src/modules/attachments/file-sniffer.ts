/** The file types applicants may upload, recognised by their first bytes, never by the name alone. */
export type AllowedType = 'pdf' | 'png' | 'jpeg' | 'ofd';

export type Sniffed =
  | { kind: 'allowed'; type: AllowedType; contentType: string }
  | { kind: 'executable'; what: string }
  | { kind: 'unknown' };

const CONTENT_TYPES: Record<AllowedType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  ofd: 'application/ofd',
};

export const EXTENSIONS: Record<AllowedType, string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  ofd: ['ofd'],
};

const EXECUTABLE_SIGNATURES: { what: string; bytes: number[] }[] = [
  { what: 'Windows 可执行文件', bytes: [0x4d, 0x5a] },
  { what: 'Linux 可执行文件', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'macOS 可执行文件', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'macOS 可执行文件', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { what: 'macOS 可执行文件', bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { what: 'macOS 可执行文件', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { what: 'Java/macOS 通用二进制', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { what: '脚本文件', bytes: [0x23, 0x21] },
  { what: 'WebAssembly 模块', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** Names that run when opened, refused whatever the bytes say (a polyglot file can look like both). */
export const EXECUTABLE_EXTENSIONS = new Set(
  'exe dll com scr msi msp bat cmd ps1 psm1 vbs vbe js jse wsf wsh hta cpl jar sh bash py pl rb apk app dmg deb rpm bin elf lnk reg'.split(
    ' ',
  ),
);

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((byte, i) => data[i] === byte);

export function sniff(data: Buffer): Sniffed {
  const executable = EXECUTABLE_SIGNATURES.find((signature) => startsWith(data, signature.bytes));
  if (executable) return { kind: 'executable', what: executable.what };
  const type = allowedTypeOf(data);
  if (type === 'zip-executable') return { kind: 'executable', what: '内含可执行文件的压缩包' };
  return type ? { kind: 'allowed', type, contentType: CONTENT_TYPES[type] } : { kind: 'unknown' };
}

function allowedTypeOf(data: Buffer): AllowedType | 'zip-executable' | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return zipKind(data);
  return null;
}

/** OFD (GB/T 33190) is a zip package with OFD.xml at its root; any other zip is not a document we take. */
function zipKind(data: Buffer): AllowedType | 'zip-executable' | null {
  const names = zipEntryNames(data);
  if (names.some((name) => EXECUTABLE_EXTENSIONS.has(extensionOf(name)))) return 'zip-executable';
  return names.includes('OFD.xml') ? 'ofd' : null;
}

/** Entry names from the zip's local file headers (enough to recognise a package; nothing is extracted). */
function zipEntryNames(data: Buffer): string[] {
  const names: string[] = [];
  let offset = data.indexOf('PK\x03\x04', 0, 'latin1');
  while (offset >= 0 && offset + 30 <= data.length && names.length < 10_000) {
    const nameLength = data.readUInt16LE(offset + 26);
    const extraLength = data.readUInt16LE(offset + 28);
    names.push(data.toString('utf8', offset + 30, Math.min(data.length, offset + 30 + nameLength)));
    offset = data.indexOf('PK\x03\x04', offset + 30 + nameLength + extraLength, 'latin1');
  }
  return names;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
