/** A form's data on a record, pinned to the form version it was filled with. */
export interface RecordForm {
  version: number;
  status: 'draft' | 'complete';
  data: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string;
}

/** An open deadline on a record. */
export interface Deadline {
  id: string;
  label: string;
  due: string;
  roles: string[];
  setAt: string;
}

/** A case or report as the engine sees it (the runtime stores it; the engine never does IO). */
export interface CaseRecord {
  id: string;
  state: string;
  recordType: string;
  district: string;
  office?: string;
  ownerId: string;
  assignees: string[];
  stage: string;
  workflowVersion: number;
  forms: Record<string, RecordForm>;
  deadlines: Record<string, Deadline>;
  caseNumber?: string;
  createdAt: string;
  version: number;
}

/** Record attributes readable by anyone who may read the record. */
export const recordMetaFields = ['id', 'state', 'recordType', 'district', 'office', 'ownerId', 'assignees', 'stage', 'deadlines', 'caseNumber', 'createdAt', 'version', 'workflowVersion'] as const;
