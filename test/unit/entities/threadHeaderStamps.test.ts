import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

// More one-line comment header layouts (threadHeaders.ts): forum stamps, counts after the age, a
// badge between a name and its handle, a thread's opening post. All names here are invented.

function people(text: string): string[] {
  return entitiesOf(text, 'person').map((entity) => entity.text);
}

const thread = (...lines: string[]): string => lines.join('\n');

describe('header times as forums stamp them', () => {
  it('reads a weekday, a day-month-year in one token and a clock time with seconds', () => {
    const text = thread(
      'HollyAndIvy · Tue 04-Mar-25 19:02:44',
      'The library hours have changed again.',
      '',
      'Dandelion77 · Tue 04-Mar-25 19:15:09',
      'HollyAndIvy: mine too, it shuts at four.',
    );
    expect(people(text)).toEqual(['HollyAndIvy', 'Dandelion77', 'HollyAndIvy']);
  });

  it('reads a four-digit year in the one-token date, and no month is no date', () => {
    const dated = thread('quayside_kit · 9-Sep-2025 08:10', 'Ferry late again.', '', 'mo_ferris · 9-Sep-2025 08:40', 'Same.');
    expect(people(dated)).toEqual(['quayside_kit', 'mo_ferris']);
    const coded = thread('quayside_kit · 9-XYZ-2025', 'Ferry late again.', '', 'mo_ferris · 9-XYZ-2025', 'Same.');
    expect(people(coded)).toEqual([]);
  });
});

describe('counts and buttons after a header’s time', () => {
  it('reads "writer · age · points" headers, indented replies included', () => {
    const text = thread(
      'u/canal_walker · 6h · 96 points',
      'The lock gates were replaced last week.',
      '',
      '    u/boat_fiona · 5h · 33 points · Share',
      '    Only the top pair.',
    );
    expect(people(text)).toEqual(['canal_walker', 'boat_fiona']);
  });

  it('leaves a line whose fields after the time are not counts', () => {
    const text = thread('Mina Farrant · 2h · Housing committee', 'Notes follow.', '', 'Ezra Coyle · 1h · Planning committee', 'More notes.');
    expect(people(text)).not.toContain('Mina Farrant');
  });
});

describe('a thread’s opening post and its writers’ handles', () => {
  it('reads a "Posted by" opening post once the replies make the page a thread', () => {
    const text = thread(
      'Posted by u/tram_dreamer · 7h',
      'Is the new tram line worth it?',
      '',
      'u/stop_watcher · 6h · 41 points',
      'Not at that price.',
      '',
      'u/rail_grandad · 5h · 12 points',
      'Yes.',
    );
    expect(people(text)).toEqual(['tram_dreamer', 'stop_watcher', 'rail_grandad']);
  });

  it('reads a name and a handle with a badge between them as one person, mentions of the handle too', () => {
    const text = thread(
      'Tegan Mowbray 🎭 @teganmow · 3h',
      'The theatre stays open.',
      '',
      'Ros Aldane ✅ @ros_aldane · 2h',
      '@teganmow not after June it doesn’t.',
    );
    const found = entitiesOf(text, 'person');
    expect(found.map((entity) => entity.text)).toEqual(['Tegan Mowbray', 'teganmow', 'Ros Aldane', 'ros_aldane', 'teganmow']);
    const tegan = found.filter((entity) => entity.text.toLowerCase().startsWith('teg'));
    expect(new Set(tegan.map((entity) => entity.canonical)).size).toBe(1);
  });

  it('keeps a single odd-shaped header on a page with no thread as nothing', () => {
    expect(people('Posted by u/tram_dreamer · 7h\n\nIs the new tram line worth it?')).toEqual([]);
  });
});

describe('names after an emoji shown in its emoji form', () => {
  it('reads the name glued after an emoji with a variation selector', () => {
    expect(entitiesOf('my sister says the \u{1F3DB}\uFE0FNorland Museum Trust people call the shots', 'organisation').map((e) => e.text)).toEqual([
      'Norland Museum Trust',
    ]);
  });
});

describe('a social site’s thread: the opening post and the "Replying to" lines', () => {
  const xThread = thread(
    'Tegan Mowbray 🌿 @TeganMowGreen',
    '1/3 The pool lost its lifeguards this year.',
    '',
    'Ros Aldane ☕ @ros_aldane · 3h',
    'Replying to @TeganMowGreen',
    'Not all of them.',
    '',
    'Kit Farrow 🏉 @kitfarrow · 1h',
    'Replying to @TeganMowGreen and @ros_aldane',
    '@ros_aldane most of them.',
  );

  it('reads the opening post’s name and handle, with no time beside them, as one writer', () => {
    const people = entitiesOf(xThread, 'person');
    const tegan = people.filter((p) => p.text === 'Tegan Mowbray' || p.text === 'TeganMowGreen');
    expect(tegan.map((p) => p.text)).toEqual(['Tegan Mowbray', 'TeganMowGreen', 'TeganMowGreen', 'TeganMowGreen']);
    expect(new Set(tegan.map((p) => p.canonical)).size).toBe(1);
  });

  it('reads each handle of a "Replying to" line as the writer it names', () => {
    const ros = entitiesOf(xThread, 'person').filter((p) => p.text === 'ros_aldane' || p.text === 'Ros Aldane');
    expect(ros.map((p) => p.text)).toEqual(['Ros Aldane', 'ros_aldane', 'ros_aldane', 'ros_aldane']);
    expect(new Set(ros.map((p) => p.canonical)).size).toBe(1);
  });

  it('reads no writer from a "Replying to" line outside a thread', () => {
    expect(people('Replying to @TeganMowGreen\nThe pool reopens in May.')).toEqual([]);
  });
});
