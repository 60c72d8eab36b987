// Getting a photo to the runtime over a slow connection: shrink it in the browser, send it with progress.
import { ApiError, csrfHeaders, NetworkError } from '../api/client';
import type { Problem } from '../api/types';

/** What the server answers for an uploaded file (the form field stores `id`). */
export interface AttachmentRef {
  id: string;
  field: string;
  type: string;
  size: number;
  name: string;
}

/** Longest side of the photo sent (px). */
export const maxPhotoSide = 1280;

/** Where a stored attachment is read from (the server checks the reader may see the record and the field). */
export function attachmentUrl(recordId: string, attachmentId: string): string {
  return `/api/records/${encodeURIComponent(recordId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** The photo as a JPEG of at most 1280 px on its longest side; undefined when the browser cannot decode the file. */
export async function shrinkPhoto(file: Blob): Promise<Blob | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  }
  const scale = Math.min(1, maxPhotoSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  // JPEG has no transparency: a white ground instead of black behind a transparent PNG.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/jpeg', 0.85));
}

/** Sends a photo for one field of a record; `onProgress` gets 0..1. Rejects with ApiError or NetworkError. */
export function uploadPhoto(recordId: string, field: string, photo: Blob, name: string, lang: string, onProgress: (fraction: number) => void): Promise<AttachmentRef> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const params = new URLSearchParams({ field, name, lang });
    xhr.open('POST', `/api/records/${encodeURIComponent(recordId)}/attachments?${params.toString()}`);
    xhr.setRequestHeader('content-type', photo.type || 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [key, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new NetworkError('upload failed'));
    xhr.ontimeout = () => reject(new NetworkError('upload timed out'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) return resolve(body as AttachmentRef);
      reject(new ApiError({ ...((body as Problem | undefined) ?? { title: xhr.statusText }), status: xhr.status }));
    };
    xhr.send(photo);
  });
}
