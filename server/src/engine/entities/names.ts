import type { Entity, EntityOverride } from '../types';
import type { Token } from '../text/tokens';
import { findAcronyms } from './acronyms';
import { completeCutNames } from './cutNames';
import { findLoneGivenNames, findOrganisationBackReferences, findPersonBackReferences } from './backReferences';
import { resolveCanonicals } from './canonical';
import { NameScan, spansInTextOrder, type NameSpan } from './nameScan';
import { findAirports } from './airports';
import { findPeriodicalTitles } from './periodicalTitles';
import { blockVenues, findGazetteerNames, findOrganisationsByForm } from './organisation';
import { findOrganisationsByContext } from './organisationCues';
import { findStatedOrganisations } from './organisationStatements';
import { findPartyAbbreviations } from './partyAbbreviations';
import { findPeopleByContext, findPeopleByGivenName, findPeopleByHonorific, findPeopleInNameLists } from './person';
import { seedScanWithOverrides } from './overrides';
import { officeFor, type ReferenceIndex } from './referenceData';
import { findRoles, organisationsWithin, type RoleSpan } from './role';
import { findSignatures } from './signature';
import { findSpeakerLabels } from './speakerLabels';
import { findUniversityPlaces } from './universityPlaces';

// The organisation, person and role recognisers over one shared token array. Order matters: each
// step only claims tokens nobody owns yet, so the strongest evidence goes first (reference data,
// honorifics), then form (organisational suffixes, given names), then context, then the short
// forms that refer back to names found before.

export function recogniseNames(
  text: string,
  tokens: readonly Token[],
  indexes: readonly ReferenceIndex[],
  overrides: readonly EntityOverride[] = [],
): Entity[] {
  const scan = new NameScan(text, tokens);
  seedScanWithOverrides(scan, overrides);
  const gazetteers = indexes.map((index) => index.gazetteer);
  findGazetteerNames(scan, gazetteers);
  findPartyAbbreviations(scan, indexes);
  findPeopleByHonorific(scan);
  findSignatures(scan, gazetteers);
  findOrganisationsByForm(scan);
  findStatedOrganisations(scan);
  blockVenues(scan);
  findAirports(scan);
  findPeriodicalTitles(scan);
  findPeopleByGivenName(scan);
  findPeopleByContext(scan);
  findPeopleInNameLists(scan);
  findSpeakerLabels(scan);
  findAcronyms(scan);
  findOrganisationsByContext(scan);
  completeCutNames(scan);
  findPersonBackReferences(scan);
  findOrganisationBackReferences(scan);
  findUniversityPlaces(scan);
  findLoneGivenNames(scan);
  resolveCanonicals(scan, indexes);
  const roles = findRoles(scan);
  return toEntities(scan, roles);
}

function toEntities(scan: NameScan, roles: readonly RoleSpan[]): Entity[] {
  const roleByPerson = new Map<string, string>();
  const entities: Entity[] = [];
  for (const role of roles) {
    const title = scan.text.slice(role.start, role.end);
    const person = role.person;
    if (person.canonical && !roleByPerson.has(person.canonical)) roleByPerson.set(person.canonical, title);
    const office = officeFor(title) ?? officeFor(titleWithoutOrganisation(scan, role));
    entities.push({
      type: 'role',
      start: role.start,
      end: role.end,
      text: title,
      ...(person.canonical ? { person: person.canonical } : {}),
      ...(office ? { role: office.id, canonicalName: office.name } : {}),
      origin: 'engine',
    });
  }
  for (const span of spansInTextOrder(scan)) {
    const entity = nameEntity(scan, span);
    // Every mention of a person carries the title this text gives them ("Mayo" too).
    const role = span.type === 'person' && span.canonical ? roleByPerson.get(span.canonical) : undefined;
    if (role) entity.role = role;
    entities.push(entity);
  }
  return entities;
}

/**
 * The entity of a name, its identity given only when known. Written out case by case rather than
 * with spreads of optional parts, which cost an object and a copy each for every name of every
 * text; the properties come in the same order either way (type, start, end, text, canonical,
 * canonicalName, origin), since entities are serialised and compared as they are.
 */
function nameEntity(scan: NameScan, span: NameSpan): Entity {
  const { type, start, end, canonical, canonicalName } = span;
  const text = scan.text.slice(start, end);
  const origin = span.via === 'override' ? 'annotation' : 'engine';
  if (canonical) {
    return canonicalName ? { type, start, end, text, canonical, canonicalName, origin } : { type, start, end, text, canonical, origin };
  }
  return canonicalName ? { type, start, end, text, canonicalName, origin } : { type, start, end, text, origin };
}

/** "Co-operatives UK Secretary General" → "Secretary General", for the office look-up. */
function titleWithoutOrganisation(scan: NameScan, role: RoleSpan): string {
  let title = scan.text.slice(role.start, role.end);
  for (const organisation of organisationsWithin(scan, role)) title = title.replace(scan.slice(organisation), ' ');
  return title.replace(/\s+(?:at|of|for)\s*(?:the\s*)?$/i, '').replace(/\s+/g, ' ').trim();
}
