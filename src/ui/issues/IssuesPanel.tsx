import { Badge, Button, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useMessages } from '../useMessages';
import {
  createFormat,
  formatIssueMessage,
  issueSheetName,
  type Issue,
  type Lang,
  type ValidatedWorkbook,
} from '../../core';
import type { ExcelActions } from '../../ports';
import { errorMessage, failureMessage } from '../failureMessage';
import { OutcomeBar, type Outcome } from '../OutcomeBar';
import { groupIssues, LISTED_PER_KIND, PAGE } from './groupIssues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // The status word keeps its width: squeezed by a long message it would break into clipped letters.
  badge: { flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** "Show 50 more (999,900 not shown)": the next page of a sheet's issues, never all of them at once. */
function MoreButton({
  total,
  shown,
  onMore,
  lang,
}: {
  readonly total: number;
  readonly shown: number;
  readonly onMore: (count: number) => void;
  readonly lang: Lang;
}) {
  const { t } = useMessages('issues');
  if (total <= shown) return null;
  const next = Math.min(PAGE, total - shown);
  const format = createFormat(lang);
  return (
    <Button appearance="subtle" onClick={() => onMore(shown + next)}>
      {t('more', { count: next, hidden: format.count(total - shown) })}
    </Button>
  );
}

/**
 * Issues grouped by sheet, errors first, in plain words. In Excel a click or Enter selects
 * the cell, and the listed ones can be highlighted; on the web page those actions don't exist.
 * Past the first LISTED_PER_KIND of a kind, issues are counted (every count is exact), not listed.
 */
export function IssuesPanel({
  validated,
  lang,
  excel,
}: {
  readonly validated: ValidatedWorkbook;
  readonly lang: Lang;
  readonly excel: ExcelActions | null;
}) {
  const { t } = useMessages('issues');
  const styles = useStyles();
  const groups = useMemo(() => groupIssues(validated.issues, validated.issueTotals), [validated]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // A messy workbook can hold a million issues: drawing them all at once would freeze the pane.
  // Each sheet shows PAGE of them, and PAGE more at each "show more".
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  // A sheet named as its tab reads; a missing one by the contract's name in the language.
  const heading = (group: (typeof groups)[number]): string => {
    const first = group.first(1)[0];
    return first === undefined ? group.sheet : issueSheetName(first, lang);
  };

  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ intent: 'error', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const select = (issue: Issue) =>
    excel && issue.cell
      ? run(async () => {
          const result = await excel.selectCell(issue.sheet, issue.cell ?? '');
          return result.ok ? null : { intent: 'error', text: failureMessage(result.failure, t, lang) };
        })
      : undefined;

  const counts = validated.counts;
  return (
    <div className={styles.root}>
      <Text as="p" weight="semibold" data-testid="issue-summary">
        {validated.issues.length === 0
          ? t('none')
          : t('summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </Text>
      {counts.error > 0 && <Text as="p">{t('excludedNote')}</Text>}
      {excel && validated.issues.length > 0 && (
        <div className={styles.actions}>
          <Button
            disabledFocusable={busy}
            onClick={() =>
              run(async () => {
                const r = await excel.highlight(validated.issues);
                return r.ok
                  ? { intent: 'success', text: t('highlighted', { count: r.value }) }
                  : { intent: 'error', text: failureMessage(r.failure, t, lang) };
              })
            }
          >
            {t('highlight')}
          </Button>
          <Button
            disabledFocusable={busy}
            onClick={() =>
              run(async () => {
                const r = await excel.clearHighlights();
                return r.ok
                  ? { intent: 'success', text: t('cleared', { count: r.value }) }
                  : { intent: 'error', text: failureMessage(r.failure, t, lang) };
              })
            }
          >
            {t('clear')}
          </Button>
          {busy && <Spinner size="tiny" />}
          <Text as="p" size={200} className={styles.hint}>
            {t('setup:undoWarning')}
          </Text>
        </div>
      )}
      <OutcomeBar outcome={outcome} />
      {groups.map((group) => (
        <section key={group.sheet} className={styles.group} aria-label={heading(group)}>
          <Text as="h2" size={400} weight="semibold">
            {heading(group)}{' '}
            <Text size={200} weight="regular">
              (
              {t('sheetCounts', {
                errors: group.counts.error,
                warnings: group.counts.warning,
                infos: group.counts.info,
              })}
              )
            </Text>
          </Text>
          <ul className={styles.list}>
            {group.first(shown.get(group.sheet) ?? PAGE).map((issue, i) => {
              const message = formatIssueMessage(issue, lang);
              const clickable = excel !== null && issue.cell !== null;
              return (
                <li
                  key={i}
                  className={mergeClasses(styles.item, clickable && styles.clickable)}
                  data-severity={issue.severity}
                  {...(clickable
                    ? {
                        role: 'button',
                        tabIndex: 0,
                        'aria-label': `${t(`severity.${issue.severity}`)}: ${message} ${t('select', { cell: issue.cell })}`,
                        onClick: () => void select(issue),
                        onKeyDown: (e: React.KeyboardEvent) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            void select(issue);
                          }
                        },
                      }
                    : {})}
                >
                  <Badge appearance="filled" color={BADGE[issue.severity]} shape="rounded" className={styles.badge}>
                    {t(`severity.${issue.severity}`)}
                  </Badge>
                  <span className={styles.text}>
                    <span>{message}</span>
                    {issue.hint && !message.includes(issue.hint) && (
                      <span className={styles.hint}>{t('hint', { hint: issue.hint })}</span>
                    )}
                    {issue.cell && <span className={styles.hint}>{t('cell', { cell: issue.cell })}</span>}
                  </span>
                </li>
              );
            })}
          </ul>
          <MoreButton
            total={group.listed}
            shown={shown.get(group.sheet) ?? PAGE}
            onMore={(count) => setShown(new Map([...shown, [group.sheet, count]]))}
            lang={lang}
          />
          {group.total > group.listed && (
            <Text as="p" size={200} className={styles.hint}>
              {t('unlisted', { count: group.total - group.listed, listed: LISTED_PER_KIND })}
            </Text>
          )}
        </section>
      ))}
    </div>
  );
}
