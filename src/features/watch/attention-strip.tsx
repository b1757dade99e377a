import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { attentionQueryOptions } from '../../api/activity';
import { formatCount } from '../../components/format';
import { attentionLinks, NOTHING_DUE, nothingNeedsAttention } from './attention-links';
import './watch.css';

/**
 * "Needs attention": what is due soon across the fleet, each count a link to
 * the board filtered to those accounts. Counted by the server for its today.
 */
export function AttentionStrip() {
  const attention = useQuery(attentionQueryOptions());
  return (
    // Titled by a paragraph, not a heading: the strip comes before the board's h1.
    <section className="attention" aria-labelledby="attention-title" aria-busy={attention.isPending || undefined}>
      <p id="attention-title" className="attention__title">
        Needs attention
      </p>
      {attention.isError ? (
        <p className="attention__error">
          The counts could not be loaded.{' '}
          <button type="button" className="button button--small" onClick={() => void attention.refetch()}>
            Retry
          </button>
        </p>
      ) : attention.data && nothingNeedsAttention(attention.data) ? (
        <p className="attention__clear">{NOTHING_DUE}</p>
      ) : (
        <ul className="attention__list">
          {attentionLinks.map(({ key, label, tone, target }) => {
            const count = attention.data?.[key];
            return (
              <li key={key}>
                <Link {...target} className={`attention__item attention__item--${count ? tone : 'none'}`}>
                  <span className="attention__count numeric">{count === undefined ? '…' : formatCount(count)}</span>{' '}
                  <span className="attention__label">{label(count ?? 0)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
