import { createCity, deleteCity, getCity, listCities, updateCity } from '../../data/cities';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizationChoices,
  listOrganizations,
  updateOrganization,
} from '../../data/organizations';
import {
  addPersonRole,
  createPerson,
  deletePerson,
  deletePersonRole,
  getPerson,
  listPeople,
  mergePeople,
  proposePersonMerge,
  getPersonAndNamesakes,
  listMergeProposals,
  dismissMergeProposal,
  updatePerson,
  updatePersonRole,
} from '../../data/people';
import { adminOnly, signedIn, type AuthorizationCase, type World } from './world';

/** Reference data is the admins' alone: staff read it only through the workspace's choice lists. */

const cityInput = { slug: 'xian', nameZh: '西安', nameEn: 'Xi’an', provinceZh: '陕西省', provinceEn: 'Shaanxi Province', level: 'PREFECTURE', latitude: '34.27' } as const;
const organizationInput = { nameZh: '淄博市人民政府', nameEn: 'Zibo Municipal People’s Government', kind: 'GOVERNMENT' } as const;
const mayor = { titleZh: '淄博市市长', titleEn: 'Mayor of Zibo' };

const unusedCity = async (w: World) => ({ cityId: (await w.db.city.create({ data: cityInput })).id });
const anOrganization = async (w: World) => ({ organizationId: (await w.db.organization.create({ data: organizationInput })).id });
const aPerson = async (w: World) => {
  const person = await w.db.person.create({ data: { nameZh: '赵庆文', roles: { create: [mayor] } }, include: { roles: true } });
  return { personId: person.id, roleId: person.roles[0]!.id };
};
const twoEntriesForOnePerson = async (w: World) => ({
  keepId: (await w.db.person.create({ data: { nameZh: '赵庆文' } })).id,
  mergeId: (await w.db.person.create({ data: { nameEn: 'Zhao Qingwen' } })).id,
});

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

  { name: 'listPeople', state: 'draft', allowed: adminOnly, call: (v) => listPeople(v, { query: '赵' }) },
  { name: 'getPerson', state: 'draft', allowed: adminOnly, setup: aPerson, call: (v, _w, x) => getPerson(v, x.personId!) },
  { name: 'createPerson', state: 'draft', allowed: adminOnly, call: (v) => createPerson(v, { nameEn: 'Zhao Qingwen' }) },
  {
    name: 'updatePerson',
    state: 'draft',
    allowed: adminOnly,
    setup: aPerson,
    call: (v, _w, x) => updatePerson(v, x.personId!, { nameZh: '赵庆文', nameEn: 'Zhao Qingwen', version: '1' }),
  },
  { name: 'deletePerson', state: 'draft', allowed: adminOnly, setup: aPerson, call: (v, _w, x) => deletePerson(v, x.personId!, { version: '1' }) },
  { name: 'addPersonRole', state: 'draft', allowed: adminOnly, setup: aPerson, call: (v, _w, x) => addPersonRole(v, x.personId!, mayor) },
  {
    name: 'updatePersonRole',
    state: 'draft',
    allowed: adminOnly,
    setup: aPerson,
    call: (v, _w, x) => updatePersonRole(v, x.roleId!, { ...mayor, attestedOn: '2023-05-05', version: '1' }),
  },
  { name: 'deletePersonRole', state: 'draft', allowed: adminOnly, setup: aPerson, call: (v, _w, x) => deletePersonRole(v, x.roleId!, { version: '1' }) },
  {
    name: 'proposePersonMerge',
    state: 'draft',
    allowed: signedIn,
    setup: twoEntriesForOnePerson,
    call: (v, _w, x) => proposePersonMerge(v, { keepId: x.keepId, mergeId: x.mergeId, note: 'Same mayor' }),
  },
  { name: 'getPersonAndNamesakes', state: 'draft', allowed: signedIn, setup: twoEntriesForOnePerson, call: (v, _w, x) => getPersonAndNamesakes(v, x.keepId!) },
  { name: 'listMergeProposals', state: 'draft', allowed: adminOnly, call: (v) => listMergeProposals(v) },
  {
    name: 'dismissMergeProposal',
    state: 'draft',
    allowed: adminOnly,
    setup: async (w) => {
      const { keepId, mergeId } = await twoEntriesForOnePerson(w);
      return { proposalId: (await w.db.personMergeProposal.create({ data: { keepId, mergeId } })).id };
    },
    call: (v, _w, x) => dismissMergeProposal(v, x.proposalId!),
  },
  {
    name: 'mergePeople',
    state: 'draft',
    allowed: adminOnly,
    setup: twoEntriesForOnePerson,
    call: (v, _w, x) => mergePeople(v, { keepId: x.keepId, mergeId: x.mergeId, keepVersion: '1', mergeVersion: '1' }),
  },
];
