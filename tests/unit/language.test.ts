import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lib/model/check/language';

const FRENCH =
  "L'association des ressortissants de la commune a financé la construction de trois écoles dans le village. Les travaux ont été suivis par un comité local qui rendait compte chaque mois aux membres de la diaspora.";
const ENGLISH =
  'The association of people from the commune paid for three schools in the village. The work was followed by a local committee, which reported every month to the members of the diaspora and to the town hall.';
const ARABIC =
  'موّلت جمعية أبناء البلدة في المهجر بناء ثلاث مدارس في القرية، وتابعت لجنة محلية الأشغال وكانت تقدّم تقريرًا شهريًا إلى أعضاء الجالية وإلى البلدية، مع ذكر مشروع FORIM وبرنامج PRA/OSIM.';

describe('the language of a text', () => {
  it('is told apart for French, English and Arabic', () => {
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(ENGLISH)).toBe('en');
    expect(detectLanguage(ARABIC)).toBe('ar');
  });

  it('is not judged on a text too short to tell, or mixed half and half', () => {
    expect(detectLanguage('Texte.')).toBeUndefined();
    expect(detectLanguage(`${FRENCH} ${ENGLISH}`)).toBeUndefined();
  });
});
