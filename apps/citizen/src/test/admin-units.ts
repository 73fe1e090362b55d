import type { Answer } from './mock-fetch.ts';

/** The demo province and some of its communes, as `GET /admin-units` answers them. */
export const provinces = [
  { code: '79', name: 'Thành phố Hồ Chí Minh', level: 'province' },
  { code: '80', name: 'Tây Ninh', level: 'province' },
];

export const tayNinhCommunes = [
  { code: '25459', name: 'Phường Tân Ninh', level: 'commune' },
  { code: '25480', name: 'Phường Bình Minh', level: 'commune' },
  { code: '25486', name: 'Xã Tân Biên', level: 'commune' },
];

/** Answers the admin-units route, or undefined for other URLs. */
export function adminUnitsRoute(url: URL): Answer | undefined {
  if (!url.pathname.endsWith('/admin-units')) return undefined;
  const parent = url.searchParams.get('parent');
  if (parent === null) return { body: { items: provinces } };
  return { body: { items: parent === '80' ? tayNinhCommunes : [] } };
}
