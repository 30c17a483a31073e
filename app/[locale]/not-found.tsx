import { NotFoundMessage, notFoundMetadata } from '@/components/not-found-message';

export const generateMetadata = notFoundMetadata;

export default function NotFound() {
  return <NotFoundMessage />;
}
