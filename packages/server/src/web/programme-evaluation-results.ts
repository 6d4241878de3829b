// The staff's self-assessment results as the published figures use them: the stored answers to
// the instrument as the city uses it now (an older version's items differ), scored against the
// framework, each with the account as respondent. Shared by the results area (src/web/plugin.ts)
// and the programme's evaluation (./programme-evaluation.ts); what it returns is handed straight
// to a release and never shown as such.
import { scoreResponse } from '@competence-kit/scoring';
import type { Framework, Instrument, Result } from '@competence-kit/schemas';
import type { Store } from '../store/index.js';

export async function selfAssessmentResults(
  store: Store,
  cityId: string,
  instrument: Instrument,
  framework: Framework,
): Promise<Result[]> {
  const responses = (await store.responses.listForInstrument(cityId, instrument.id)).filter(
    (r) => r.instrumentVersion === instrument.version,
  );
  return responses.map((r) =>
    scoreResponse(instrument, framework, {
      ...(r.response as never as Record<string, unknown>),
      respondent: r.accountId,
    } as never),
  );
}
