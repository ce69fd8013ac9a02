/** A file handed to the browser's download. */
export interface Download { filename: string; mime: string; data: string | Blob }
