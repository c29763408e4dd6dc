import { useParams } from 'react-router';
import { NoticePrintPage } from '../../portal/my/NoticeDocument';

/** 打印告知书: the item's 《一次性告知书》 alone, to print as a document. */
export function NoticeRoute() {
  const { id = '' } = useParams();
  return <NoticePrintPage id={id} back={`/workbench/applications/${id}`} />;
}
