import { formSheet, grid } from '../../../test/helpers/grid';
import { extract } from './index';
import { mayBeProject } from './readers/projectSheet';
import { projectLabels } from './projectLabels';

describe('the quick look before the project readers', () => {
  it('passes over goal sheets: their labels, dates and goal ids make no project', () => {
    const goal = formSheet('7.47', {
      milestones: [
        ['06/19', 'Treffen mit dem Träger vereinbaren', 'Ort steht fest'],
        [{ date: '2019-09-01' }, 'Ziel 7.49 abstimmen', null],
      ],
    });
    expect(mayBeProject(goal)).toBe(false);
    expect(
      mayBeProject(
        grid('Zahlen', [
          ['Ziel', 'Ort'.padEnd(61, '.')],
          [2019, 'Ziel 7.47: 12 Treffen'],
        ]),
      ),
    ).toBe(false);
  });

  it('stops at a fact label alone, a fact label with its value in the cell, or a project goal', () => {
    expect(mayBeProject(grid('a', [['Notizen'], ['Zielgruppe', 'Eltern']]))).toBe(true);
    expect(mayBeProject(grid('b', [['Notizen'], ['Projektträger: Stadt Herford']]))).toBe(true);
    expect(mayBeProject(grid('c', [['Bericht'], ['Ziel 1', 'Sechs Besuche', 'Fünf fanden statt.']]))).toBe(true);
  });

  it('leaves every sheet it passes over to the goal readers, and still finds the project sheets', () => {
    const m = extract([
      formSheet('7.47', {}),
      grid('Steckbrief', [['Projekt', 'Zusammen im Quartier'], ['Projektträger: Stadt Herford'], ['Zielgruppe', 'Kinder und Jugendliche']]),
    ]);
    expect(m.goals.map((g) => g.id)).toEqual(['7.47']);
    expect(m.projects.map((p) => [p.name, p.provider, p.targetGroup])).toEqual([
      ['Zusammen im Quartier', 'Stadt Herford', 'Kinder und Jugendliche'],
    ]);
  });
});

describe('projectLabels', () => {
  it('finds a label whatever stands before its first letter, and skips texts no label starts like', () => {
    expect(projectLabels('Projektträger:')).toEqual(projectLabels('– Projektträger:'));
    expect(projectLabels('Projektträger:').length).toBeGreaterThan(0);
    expect(projectLabels('Ärger mit dem Drucker')).toEqual([]);
    expect(projectLabels('')).toEqual([]);
  });
});
