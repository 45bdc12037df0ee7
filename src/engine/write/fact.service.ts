import { compact } from '../../core/args';
import { badInput } from '../../core/errors';
import { requireRole, type Principal } from '../../core/principal';
import type { Database, TxRunner } from '../../db/database';
import type { FactSetInput } from '../bundle/bundle.schema';
import { validateFacts } from '../bundle/bundle.validator';
import { factRows } from '../facts/fact.rows';
import { writeFacts, type WriteReport } from '../facts/fact.writer';
import { checkExternal } from '../resolve/entity.resolution';
import { asInputErrors, slug } from './write.errors';
import type {
  ClaimDraft,
  FigureFactDraft,
  RelationshipDraft,
  SourceRef,
  SpeakerDraft,
  StanceDraft,
  StanceFactDraft,
} from './write.inputs';

export interface FactWriteResult extends WriteReport {
  articleId: string;
}

/** A client's source reference as a bundle source: ARTICLE unless said otherwise. */
export function sourceOf(ref: SourceRef) {
  return compact({
    basis: ref.basis ?? 'ARTICLE',
    attribution: ref.attribution,
    evidence: ref.evidence,
    note: ref.note,
    reportedBy: ref.reportedById,
  });
}

/** A client's speaker as a bundle's: `outlet: false` is no speaker at all. */
function speakerOf(s: SpeakerDraft) {
  return compact({ actorId: s.actorId, anonymous: s.anonymous, outlet: s.outlet ? (true as const) : undefined });
}

/** A client's stance as a bundle stance, with the fact's source. */
function stanceOf(st: StanceDraft, source: ReturnType<typeof sourceOf>) {
  return compact({ ...speakerOf(st), stance: st.stance, date: st.date, quote: st.quote, via: st.via, source });
}

/** The article must be stored already: single facts add to an article, they never create one. */
export async function requireArticle(tx: TxRunner, articleId: string, field: string): Promise<void> {
  const [row] = await tx.run('load-articles', { ids: [articleId] });
  if (!row) throw badInput(field, `article '${articleId}' does not exist`);
}

/**
 * Facts about existing entities from an existing article, one mutation at a time: checked by the
 * bundle's rules (validateFacts), their ids checked against the graph, and written by the same fact
 * writer as ingestion, with the same provenance and the same idempotency.
 */
export class FactService {
  constructor(
    private readonly db: Database,
    private readonly principal: Principal,
  ) {}

  async addRelationship(input: RelationshipDraft): Promise<FactWriteResult> {
    const source = sourceOf(input.source);
    if (input.type === 'PARTICIPATED_IN') {
      if (!input.role) throw badInput('input.role', 'is required for PARTICIPATED_IN');
      const participation = { actorId: input.fromId, eventId: input.toId, role: input.role, note: input.note, source };
      return this.addFacts(input.source.articleId, { participations: [compact(participation)] });
    }
    if (input.role) throw badInput('input.role', 'applies to PARTICIPATED_IN only');
    const relationship = {
      type: input.type,
      from: input.fromId,
      to: input.toId,
      start: input.start,
      end: input.end,
      note: input.note,
      source,
    };
    return this.addFacts(input.source.articleId, { relationships: [compact(relationship)] });
  }

  /** Returns the claim's id (given, or made from its text). */
  async addClaim(input: ClaimDraft): Promise<string> {
    const id = input.id ?? `claim:${slug(input.text).slice(0, 60)}`;
    const source = sourceOf(input.source);
    const figures = (input.figures ?? []).map((f, i) =>
      compact({ ...f, id: f.id ?? `figure:${id.slice(6)}-${f.metric.replace(/_/g, '-')}${i ? `-${i}` : ''}` }),
    );
    const claim = {
      id,
      kind: input.kind,
      text: input.text,
      date: input.date,
      stances: input.stances.map((st) => stanceOf(st, source)),
      aboutIds: input.aboutIds ?? [],
      figures,
      source,
    };
    await this.addFacts(input.source.articleId, { claims: [compact(claim)] });
    return id;
  }

  async addFigure(input: FigureFactDraft): Promise<FactWriteResult> {
    const f = input.figure;
    const id = f.id ?? `figure:${slug(`${input.claimId ?? f.eventId ?? 'event'}-${f.metric}-${f.periodStart ?? ''}`)}`;
    const figure = { ...f, id, claimId: input.claimId, source: sourceOf(input.source) };
    return this.addFacts(input.source.articleId, { figures: [compact(figure)] });
  }

  /**
   * A stance on a claim already stored (an unnamed source or the outlet may speak): no need to state the claim
   * again.
   */
  async addStance(input: StanceFactDraft): Promise<FactWriteResult> {
    const stance = { claimId: input.claimId, ...stanceOf(input.stance, sourceOf(input.source)) };
    return this.addFacts(input.source.articleId, { stances: [stance] });
  }

  private async addFacts(articleId: string, raw: FactSetInput): Promise<FactWriteResult> {
    requireRole(this.principal, 'editor');
    const at = { articleId, by: this.principal.id, now: new Date().toISOString() };
    return asInputErrors('', async () => {
      const { facts, external } = validateFacts(raw);
      return this.db.writeTx(async (tx) => {
        await requireArticle(tx, articleId, 'source.articleId');
        await checkExternal(tx, external);
        const rows = factRows({ entities: [], events: [], positions: [], ...facts }, { ...at, resolve: (id) => id });
        return { articleId, ...(await writeFacts(tx, rows, at)) };
      });
    });
  }
}
