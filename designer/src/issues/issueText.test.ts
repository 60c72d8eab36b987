// Issues and refusals in the admin's language: by key with params and suggestion, English only for an unknown key;
// every refusal the designer meets (400, 403, 404, 409, 413, 422, 5xx, offline) has its own text in each language.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeployment } from '@suraksha/engine';
import { ApiError, NetworkError } from '../shell/api';
import { bundleOf, uiLanguages } from '../setupI18n';
import { issueText, problemIssueTexts, problemText, requestIssues } from './issueText';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: Object.fromEntries(uiLanguages.map((l) => [l, { translation: bundleOf(l) }])),
    interpolation: { escapeValue: false },
  });
});

const refusals = [
  new ApiError({ status: 400, code: 'badRequest', detail: 'The body is not valid: /revision is required', issues: [{ pointer: '/revision', message: 'is required' }] }),
  new ApiError({ status: 400, code: 'forbiddenKey', detail: 'Field names may not start with "$"' }),
  new ApiError({ status: 403, code: 'forbidden', detail: 'Only a state admin or a national admin may administer configuration.' }),
  new ApiError({ status: 404, code: 'notFound', detail: 'There is no state "XX".' }),
  new ApiError({ status: 409, code: 'conflict', detail: 'The draft was changed by someone else since you opened it.' }),
  new ApiError({ status: 413, code: 'tooLarge', detail: 'The body may be at most 100000 bytes.' }),
  new ApiError({ status: 422, code: 'invalidConfiguration', detail: 'The draft cannot be published. (2 problem(s))', issues: [{ pointer: '', message: 'a' }, { pointer: '', message: 'b' }] }),
  new ApiError({ status: 422, code: 'wrongState', detail: 'the bundle is for state "JH", not GJ' }),
  new ApiError({ status: 502, title: 'Bad Gateway' }),
  new ApiError({ status: 418 }),
  new NetworkError('Failed to fetch'),
];

describe('issue and refusal texts', () => {
  it('an engine issue is shown by key in each language, with its suggestion, the English message kept for the CLI', async () => {
    const result = loadDeployment({
      slug: 'x',
      files: [{ path: 'form-definitions/x/state.json', text: '{ "code": "X" ' }],
    });
    const issue = result.issues[0]!;
    expect(issue.key).toBe('json.closeBraceExpected');
    await i18next.changeLanguage('en');
    expect(issueText(i18next.t, issue)).toBe(issue.message);
    for (const lang of ['hi', 'gu', 'bn']) {
      await i18next.changeLanguage(lang);
      const text = issueText(i18next.t, issue);
      expect(text).toMatch(/^JSON /);
      expect(text, lang).not.toMatch(/broken|close|brace/i);
    }
    const suggested = { key: 'workflow.unknownInitial', params: { stage: 'intak', suggestion: 'intake' }, message: 'initial stage "intak" does not exist. Did you mean "intake"?' };
    await i18next.changeLanguage('en');
    expect(issueText(i18next.t, suggested)).toBe(suggested.message);
    await i18next.changeLanguage('gu');
    expect(issueText(i18next.t, suggested)).toBe('પ્રારંભિક તબક્કો "intak" અસ્તિત્વમાં નથી. શું તમારો અર્થ "intake" હતો?');
  });

  it('an English detail with its own key is translated inside the message', async () => {
    const issue = {
      key: 'workflow.actionBadParam',
      params: { name: 'setDeadline', path: '/after', detail: 'must match pattern "^P"', detailKey: 'structure.patternOf', pattern: '^P' },
      message: 'action "setDeadline": /after must match pattern "^P"',
    };
    await i18next.changeLanguage('en');
    expect(issueText(i18next.t, issue)).toBe(issue.message);
    await i18next.changeLanguage('gu');
    expect(issueText(i18next.t, issue)).toBe('ક્રિયા "setDeadline": /after માન્ય નથી ("^P" પેટર્ન સાથે મેળ ખાવું જોઈએ)');
  });

  it('an unknown key or none falls back to the English message', async () => {
    await i18next.changeLanguage('gu');
    expect(issueText(i18next.t, { key: 'future.check', message: 'something new' })).toBe('something new');
    expect(issueText(i18next.t, { message: 'no key' })).toBe('no key');
  });

  it("a request's issue without a key says where it is in the interface language; engine issues are kept", async () => {
    const [input, engine] = requestIssues([
      { pointer: '/files', message: 'must be object' },
      { file: 'workflows/x/cncp.json', pointer: '/a', key: 'workflow.unknownForm', params: { form: 'a' }, message: 'form "a" does not exist.' },
    ]);
    expect(engine).toMatchObject({ key: 'workflow.unknownForm' });
    await i18next.changeLanguage('gu');
    expect(issueText(i18next.t, input!)).toBe('/files પરની કિંમત સ્વીકારાઈ નહીં.');
    expect(input!.message).toBe('must be object');
  });

  it.each(['hi', 'gu', 'bn'])('%s: every refusal has its own text with no English and none of the server detail', async (lang) => {
    await i18next.changeLanguage(lang);
    const texts = refusals.map((e) => problemText(i18next.t, e));
    for (const text of texts) expect(text).not.toMatch(/[A-Za-z]{3,}/);
    expect(new Set(texts.slice(0, 8)).size).toBe(8);
    expect(texts[6]).toContain('2');
    expect(problemIssueTexts(i18next.t, refusals[0])).toEqual([i18next.t('issue.request.notAccepted', { pointer: '/revision' })]);
  });

  it('in English, refusals read as the English catalog says, not as the server detail', async () => {
    await i18next.changeLanguage('en');
    expect(problemText(i18next.t, refusals[4])).toBe(i18next.t('problem.conflict'));
    expect(problemText(i18next.t, refusals[8])).toBe(i18next.t('problem.server'));
    expect(problemText(i18next.t, refusals[10])).toBe(i18next.t('shell.errors.network'));
  });
});
