// The top of a record page: case number, child's name, record type, stage, place, deadlines.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../api/types';
import { useApp } from '../app/AppContext';
import { formatDate } from '../i18n/format';
import { DeadlineList } from './deadlines';
import { recordName } from './recordName';
import { recordPhoto } from './recordPhoto';
import { attachmentUrl } from '../forms/photoUpload';

export function RecordHeader({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const { config, ct, lang } = useApp();
  const recordType = config.recordTypes.find((r) => r.id === record.recordType);
  const stage = config.workflows[recordType?.workflow ?? '']?.stages[record.stage];
  const name = recordName(config, record);
  const photo = recordPhoto(config, record);
  const [broken, setBroken] = useState<string | undefined>();
  const district = config.districts.find((d) => d.code === record.district)?.name ?? record.district;
  const office = config.offices.find((o) => o.id === record.office)?.name;
  return (
    <header className="record-header">
      {photo && broken !== photo ? <img className="record-photo" src={attachmentUrl(record.id, photo)} alt={t('photo.childAlt', { name: name ?? t('list.noName') })} onError={() => setBroken(photo)} /> : null}
      <p className="record-type">{recordType?.label ?? record.recordType}</p>
      <h1 id="record-title">
        <span className="child-name">{name ?? t('list.noName')}</span>
        <span className="case-number">{record.caseNumber ?? t('list.noCaseNumber')}</span>
      </h1>
      <dl className="record-facts">
        <div>
          <dt>{t('record.stage')}</dt>
          <dd>
            <span className="stage-pill" data-stage={record.stage}>
              {ct(stage?.label ?? record.stage)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('record.place')}</dt>
          <dd>{office ? `${office}, ${district}` : district}</dd>
        </div>
        <div>
          <dt>{t('record.registered')}</dt>
          <dd>{formatDate(lang, record.createdAt, config.state.timeZone)}</dd>
        </div>
      </dl>
      <h2 className="visually-hidden-heading">{t('record.deadlines')}</h2>
      <DeadlineList deadlines={Object.values(record.deadlines)} ct={ct} />
    </header>
  );
}
