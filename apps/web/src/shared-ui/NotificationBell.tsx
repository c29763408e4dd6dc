import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { Notification, NotificationList } from '@tongban/api-contract';
import { Badge, Button, Drawer, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { apiQuery, useCommand } from '../api/query';
import { t } from '../i18n/t';
import { formatDateTime } from './format';

/** How often the unread count is asked again while a page is open. */
const POLL_MS = 30_000;
const LIST_PATH = '/notifications?page=1&pageSize=50';

/** 通知中心: a bell with the unread count in the header; it opens the caller's notifications, newest first. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const list = useQuery({ ...apiQuery<NotificationList>(LIST_PATH), refetchInterval: POLL_MS });
  const markRead = useCommand<string>({
    request: (id) => ({ path: `/notifications/${id}/read` }),
    invalidates: [['notifications']],
  });
  const markAll = useCommand({
    request: () => ({ path: '/notifications/read-all' }),
    invalidates: [['notifications']],
  });
  const unread = list.data?.unread ?? 0;
  const label = unread
    ? `${t('notifications.title')}：${unread} ${t('notifications.unreadSuffix')}`
    : t('notifications.title');

  return (
    <>
      {/* A darker red than the default keeps the white count readable (WCAG AA). */}
      <Badge count={unread} size="small" overflowCount={99} color="#a8071a">
        <Button size="small" ghost icon={<BellOutlined />} aria-label={label} onClick={() => setOpen(true)}>
          {t('notifications.title')}
        </Button>
      </Badge>
      <Drawer
        title={t('notifications.title')}
        open={open}
        onClose={() => setOpen(false)}
        extra={
          <Button size="small" disabled={!unread} loading={markAll.pending} onClick={() => void markAll.run()}>
            {t('notifications.readAll')}
          </Button>
        }
      >
        <List<Notification>
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('notifications.none') }}
          renderItem={(item) => (
            <List.Item
              className={item.read ? 'ui-notification' : 'ui-notification ui-notification--unread'}
              actions={
                item.read
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => void markRead.run(item.id)}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <Space orientation="vertical" size={2}>
                <Space size="small">
                  {item.read ? null : <Tag color="red">{t('notifications.unread')}</Tag>}
                  <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                </Space>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{item.text}</Typography.Paragraph>
              </Space>
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
