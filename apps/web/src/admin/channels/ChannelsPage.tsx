import { useQuery } from '@tanstack/react-query';
import { t } from '../../i18n/t';
import { ErrorNotice } from '../../shared-ui/Notice';
import { channelsQuery } from '../api';
import { useCenterChoice } from '../CenterPicker';
import { EmailChannelCard } from './EmailChannelCard';
import { RobotChannelCard } from './RobotChannelCard';
import { SmsChannelCard } from './SmsChannelCard';

/** 通知渠道: how a center of the admin's scope reaches people besides in-app: e-mail, SMS and group robots. */
export function ChannelsPage() {
  const { centerId, picker } = useCenterChoice();
  const channels = useQuery(channelsQuery(centerId));
  const data = channels.data;
  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.channels.title')}</h1>
        <div className="ad-head__actions">{picker}</div>
      </header>
      <p className="ui-muted">{t('admin.channels.intro')}</p>
      <ErrorNotice error={channels.error} />
      {/* Keyed by center: another center's cards start from its own stored values. */}
      {data ? (
        <div key={centerId}>
          <EmailChannelCard centerId={centerId} channels={data} />
          <SmsChannelCard centerId={centerId} channels={data} />
          <RobotChannelCard centerId={centerId} name="dingtalk" channels={data} />
          <RobotChannelCard centerId={centerId} name="wecom" channels={data} />
        </div>
      ) : null}
    </>
  );
}
