/** Path handling for the in-app chooser, in the separator of the machine the files are on. */
export function folderOf(filePath: string, separator: string): string {
  const index = filePath.lastIndexOf(separator);
  if (index < 0) return '';
  return index === 0 ? separator : filePath.slice(0, index);
}

export function baseName(filePath: string, separator: string): string {
  return filePath.slice(filePath.lastIndexOf(separator) + 1);
}

export function joinPath(folder: string, name: string, separator: string): string {
  return folder.endsWith(separator) ? folder + name : folder + separator + name;
}
