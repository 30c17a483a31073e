import { createCity, deleteCity, getCity, listCities, updateCity } from '../../data/cities';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizationChoices,
  listOrganizations,
  updateOrganization,
} from '../../data/organizations';
import { adminOnly, type AuthorizationCase, type World } from './world';

/** Reference data is the admins' alone: staff read it only through the workspace's choice lists. */

const cityInput = { slug: 'xian', nameZh: '西安', nameEn: 'Xi’an', provinceZh: '陕西省', provinceEn: 'Shaanxi Province', level: 'PREFECTURE', latitude: '34.27' } as const;
const organizationInput = { nameZh: '淄博市人民政府', nameEn: 'Zibo Municipal People’s Government', kind: 'GOVERNMENT' } as const;

const unusedCity = async (w: World) => ({ cityId: (await w.db.city.create({ data: cityInput })).id });
const anOrganization = async (w: World) => ({ organizationId: (await w.db.organization.create({ data: organizationInput })).id });

export const referenceDataCases: AuthorizationCase[] = [
  { name: 'listCities', state: 'draft', allowed: adminOnly, call: (v) => listCities(v, { query: 'zibo' }) },
  { name: 'getCity', state: 'draft', allowed: adminOnly, call: (v, w) => getCity(v, w.ziboId) },
  { name: 'createCity', state: 'draft', allowed: adminOnly, call: (v) => createCity(v, cityInput) },
  { name: 'updateCity', state: 'draft', allowed: adminOnly, call: (v, w) => updateCity(v, w.guangzhouId, { ...cityInput, slug: 'guangzhou', version: '1' }) },
  { name: 'deleteCity', state: 'draft', allowed: adminOnly, setup: unusedCity, call: (v, _w, x) => deleteCity(v, x.cityId!, { version: '1' }) },

  { name: 'listOrganizations', state: 'draft', allowed: adminOnly, call: (v) => listOrganizations(v) },
  { name: 'listOrganizationChoices', state: 'draft', allowed: adminOnly, call: (v) => listOrganizationChoices(v) },
  { name: 'getOrganization', state: 'draft', allowed: adminOnly, setup: anOrganization, call: (v, _w, x) => getOrganization(v, x.organizationId!) },
  { name: 'createOrganization', state: 'draft', allowed: adminOnly, call: (v, w) => createOrganization(v, { ...organizationInput, cityId: w.ziboId }) },
  {
    name: 'updateOrganization',
    state: 'draft',
    allowed: adminOnly,
    setup: anOrganization,
    call: (v, _w, x) => updateOrganization(v, x.organizationId!, { ...organizationInput, nameEn: 'Zibo Municipal Government', version: '1' }),
  },
  {
    name: 'deleteOrganization',
    state: 'draft',
    allowed: adminOnly,
    setup: anOrganization,
    call: (v, _w, x) => deleteOrganization(v, x.organizationId!, { version: '1' }),
  },
];
