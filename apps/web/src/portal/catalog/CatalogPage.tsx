import { type FormEvent, useState } from 'react';
import { t } from '../../i18n/t';
import type { CatalogItem } from '../../shared-ui/apiTypes';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { Link } from 'react-router';
import { useApi } from '../../shared-ui/useApi';
import { itemKind, promisedText, statutoryText } from './itemFacts';

/** 事项目录: every item of the public catalog, searchable by name, open to everyone without login. */
export function CatalogPage() {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const items = useApi<CatalogItem[]>(`/catalog${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
  };

  return (
    <>
      <h1>{t('portal.catalog.title')}</h1>
      <p className="ui-muted">{t('portal.catalog.intro')}</p>
      <form className="portal-search" role="search" onSubmit={search}>
        <label htmlFor="catalog-search">{t('portal.catalog.search')}</label>
        <input
          id="catalog-search"
          className="ui-input"
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('portal.catalog.searchHint')}
        />
        <button type="submit" className="ui-button ui-button--primary">
          {t('portal.catalog.searchButton')}
        </button>
      </form>
      <ErrorNotice error={items.error} />
      {items.loading && !items.data ? <Loading /> : null}
      {items.data && items.data.length === 0 ? <p role="status">{t('portal.catalog.none')}</p> : null}
      {items.data && items.data.length > 0 ? (
        <div className="ui-table-wrap">
          <table className="ui-table portal-catalog">
            <caption className="ui-muted">{`${t('portal.catalog.count')}${items.data.length}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portal.item.name')}</th>
                <th scope="col">{t('portal.item.department')}</th>
                <th scope="col">{t('portal.item.kind')}</th>
                <th scope="col">{t('portal.item.promised')}</th>
                <th scope="col">{t('portal.item.statutory')}</th>
                <th scope="col">{t('portal.item.fees')}</th>
                <th scope="col">{t('portal.item.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.map((item) => (
                <tr key={item.code}>
                  <th scope="row">
                    <Link to={`/portal/items/${item.code}`}>{item.name}</Link>
                  </th>
                  <td>{item.department}</td>
                  <td>{itemKind(item)}</td>
                  <td>{promisedText(item)}</td>
                  <td>{statutoryText(item)}</td>
                  <td>{item.fees}</td>
                  <td>
                    <div className="ui-button-row">
                      <Link
                        to={`/portal/appointments?item=${item.code}`}
                        className="ui-button"
                        aria-label={`${t('portal.catalog.book')}：${item.name}`}
                      >
                        {t('portal.catalog.book')}
                      </Link>
                      <Link
                        to={`/portal/items/${item.code}/apply`}
                        className="ui-button ui-button--primary"
                        aria-label={`${t('portal.catalog.apply')}：${item.name}`}
                      >
                        {t('portal.catalog.apply')}
                      </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
