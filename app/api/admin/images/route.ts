import { newsroomActor } from '@/lib/dal/admin/actor';
import { storeUploadedImage } from '@/lib/dal/images';
import { MAX_UPLOAD_BYTES, sniffImageType } from '@/lib/content/image-type';

const error = (status: number, message: string) => Response.json({ error: message }, { status });

/** Hero image upload for staff: JPEG, PNG, WebP or GIF up to 5 MB, checked by content. */
export async function POST(request: Request) {
  const actor = await newsroomActor();
  if (!actor) return error(403, 'You are not allowed to upload images.');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return error(413, 'Images can be at most 5 MB.');
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return error(400, 'Choose an image file to upload.');
  if (file.size === 0) return error(400, 'That file is empty.');
  if (file.size > MAX_UPLOAD_BYTES) return error(413, 'Images can be at most 5 MB.');
  const data = Buffer.from(await file.arrayBuffer());
  const type = sniffImageType(data);
  if (!type) return error(415, 'Upload a JPEG, PNG, WebP or GIF image.');
  const stored = await storeUploadedImage(actor, data, type);
  if (!stored.ok) return error(stored.code === 'forbidden' ? 403 : 500, stored.message);
  return Response.json({ id: stored.value.id, src: `/media/${stored.value.id}`, contentType: type }, { status: 201 });
}
