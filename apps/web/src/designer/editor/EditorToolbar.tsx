import { Button, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import type { SavedVersion } from './usePersistence';
import { TAG_COLOURS } from '../statusColours';

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  layout(): void;
  fit(): void;
  importFile(): void;
  exportFile(): void;
  toggleVersions(): void;
  toggleSimulation(): void;
  save(): void;
  publish(): void;
}

interface Props {
  name: string;
  saved: SavedVersion | null;
  dirty: boolean;
  busy: boolean;
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  simulating: boolean;
  versionsOpen: boolean;
  /** A parent center's or a shipped flow: save and publish are off. */
  locked?: boolean;
  actions: ToolbarActions;
}

function Tool({
  label,
  keys,
  onClick,
  disabled,
  pressed,
  primary,
}: {
  label: string;
  keys?: string;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  primary?: boolean;
}) {
  return (
    <Button
      size="small"
      type={primary || pressed ? 'primary' : 'default'}
      ghost={pressed && !primary}
      title={keys ? `${label}（${keys}）` : label}
      aria-keyshortcuts={keys?.replace(/Ctrl/g, 'Control')}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}

/** Title, version state and every command, each button naming its key in the tooltip. */
export function EditorToolbar({
  name,
  saved,
  dirty,
  busy,
  canUndo,
  canRedo,
  hasSelection,
  simulating,
  versionsOpen,
  locked = false,
  actions,
}: Props) {
  const editing = !simulating;
  return (
    <header className="designer__bar">
      <Link to="/designer" className="designer__back">
        {`← ${t('designer.back')}`}
      </Link>
      <h1 className="designer__name">{name}</h1>
      <span className="designer__state">
        {saved ? (
          <>
            {tf('designer.version', { n: saved.version })}{' '}
            <Tag color={saved.status === 'published' ? TAG_COLOURS.published : undefined}>
              {tk('designer.status.', saved.status)}
            </Tag>
          </>
        ) : (
          <Tag>{t('designer.status.unsaved')}</Tag>
        )}
        {saved && dirty && <Tag color={TAG_COLOURS.modified}>{t('designer.status.modified')}</Tag>}
        {locked && <Tag>{t('designer.status.readOnly')}</Tag>}
      </span>
      <Space size={2} wrap className="designer__tools" role="toolbar" aria-label={t('designer.toolbar')}>
        <Tool label={t('designer.undo')} keys="Ctrl+Z" onClick={actions.undo} disabled={!editing || !canUndo} />
        <Tool label={t('designer.redo')} keys="Ctrl+Shift+Z" onClick={actions.redo} disabled={!editing || !canRedo} />
        <Tool
          label={t('designer.delete')}
          keys="Delete"
          onClick={actions.deleteSelection}
          disabled={!editing || !hasSelection}
        />
        <Tool label={t('designer.layout')} keys="Shift+Alt+T" onClick={actions.layout} disabled={!editing} />
        <Tool label={t('designer.fit')} keys="Ctrl+1" onClick={actions.fit} />
        <Tool label={t('designer.import')} onClick={actions.importFile} disabled={!editing} />
        <Tool label={t('designer.export')} onClick={actions.exportFile} />
        <Tool
          label={t('designer.versions')}
          onClick={actions.toggleVersions}
          pressed={versionsOpen}
          disabled={!saved}
        />
        <Tool
          label={simulating ? t('designer.simulate.exit') : t('designer.simulate')}
          onClick={actions.toggleSimulation}
          pressed={simulating}
        />
        <Tool label={t('designer.save')} keys="Ctrl+S" onClick={actions.save} disabled={busy || !editing || locked} />
        <Tool label={t('designer.publish')} onClick={actions.publish} disabled={busy || !editing || locked} primary />
      </Space>
    </header>
  );
}
