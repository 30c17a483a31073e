import Link from 'next/link';

// Rendered inside the locale layout, which has no way to pass its locale here: both languages show.
export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">
        <span lang="zh-CN">页面不存在</span> · <span lang="en">Not found</span>
      </h1>
      <p className="mt-3 text-stone-700">
        <span lang="zh-CN">找不到该记录，它可能已被移动或撤回。</span>
        <br />
        <span lang="en">We could not find that record. It may have been moved or withdrawn.</span>
      </p>
      <p className="mt-6 space-x-4">
        <Link href="/zh" className="text-brand-700 underline" lang="zh-CN">返回时间线</Link>
        <Link href="/en" className="text-brand-700 underline" lang="en">Back to the timeline</Link>
      </p>
    </div>
  );
}
