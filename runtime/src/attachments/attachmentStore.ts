// Stored attachments (the child's photo): the bytes and what they are, in the `attachments` collection.
import { Schema, type Connection, type Model } from 'mongoose';

/** One uploaded file, bound to the record and field it was uploaded for (access follows that field). */
export interface AttachmentDoc {
  _id: string;
  state: string;
  recordId: string;
  /** `<formId>.<path>` of the field it was uploaded for. */
  field: string;
  type: AttachmentType;
  size: number;
  name: string;
  data: Buffer;
  createdAt: Date;
  createdBy: string;
}

/** The reference a form field's value points to (the value itself is the id, the engine's `attachment` format). */
export interface AttachmentRef {
  id: string;
  field: string;
  type: AttachmentType;
  size: number;
  name: string;
  createdAt: string;
}

export const attachmentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

/** Largest file taken (bytes): a phone camera original fits; the app sends a ≤1280 px JPEG of a few hundred kB. */
export const maxAttachmentBytes = 4 * 1024 * 1024;

const models = new WeakMap<Connection, Model<AttachmentDoc>>();

/** The attachments model on a connection (created once, with its index). */
export async function attachmentModel(connection: Connection): Promise<Model<AttachmentDoc>> {
  const known = models.get(connection);
  if (known) return known;
  const schema = new Schema<AttachmentDoc>(
    { _id: String, state: { type: String, required: true }, recordId: { type: String, required: true }, field: String, type: String, size: Number, name: String, data: Buffer, createdAt: Date, createdBy: String },
    { versionKey: false, strict: 'throw' },
  );
  schema.index({ recordId: 1, state: 1 });
  const model = connection.models.Attachment ? (connection.models.Attachment as Model<AttachmentDoc>) : connection.model<AttachmentDoc>('Attachment', schema, 'attachments');
  await model.createIndexes();
  models.set(connection, model);
  return model;
}

/** The image type of a file from its first bytes (never from its name or declared type); undefined if not one we take. */
export function sniffImageType(bytes: Uint8Array): AttachmentType | undefined {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (bytes.length >= 4 && at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

/** The reference of a stored attachment, as the API gives it. */
export function toRef(doc: Pick<AttachmentDoc, '_id' | 'field' | 'type' | 'size' | 'name' | 'createdAt'>): AttachmentRef {
  return { id: doc._id, field: doc.field, type: doc.type, size: doc.size, name: doc.name, createdAt: doc.createdAt.toISOString() };
}
