// Disabilities on missing and found reports: a form's choices (hearing, speech, visual, physical, intellectual) or
// the words families and officers write ("deaf and dumb", "mentally challenged", "गूंगा", "বোবা"). A family reports
// its child's disability; an officer sees that a found child cannot hear, speak or answer. Sensitive
// (`x-sensitive: disability`): used to match, shown only to those who may read it.
import { nameKey } from './nameKey';

export type Disability = 'hearing' | 'speech' | 'visual' | 'physical' | 'intellectual';

const words: Record<Disability, string[]> = {
  hearing: ['hearing', 'deaf', 'बहरा', 'बहरी', 'बधिर', 'কালা', 'বধির', 'બહેરો', 'બહેરી'],
  speech: ['speech', 'mute', 'dumb', 'गूंगा', 'गूंगी', 'मूक', 'বোবা', 'মূক', 'મૂંગો', 'મૂંગી'],
  // Not अंधा, অন্ধ or અંધ: their key is "and".
  visual: ['visual', 'vision', 'blind', 'अंधी', 'दृष्टिहीन', 'नेत्रहीन', 'দৃষ্টিহীন', 'આંધળો', 'આંધળી'],
  physical: ['physical', 'locomotor', 'lame', 'handicapped', 'विकलांग', 'লেংড়া', 'পঙ্গু', 'અપંગ'],
  intellectual: ['intellectual', 'mental', 'mentally', 'retarded', 'slow', 'मंदबुद्धि', 'मानसिक', 'বুদ্ধিপ্রতিবন্ধী', 'মানসিক', 'માનસિક', 'મંદબુદ્ધિ'],
};

const lookup = new Map<string, Disability>();
for (const [value, list] of Object.entries(words) as [Disability, string[]][]) for (const w of list) if (!lookup.has(nameKey(w))) lookup.set(nameKey(w), value);

/** The disabilities in a form's list of choices, or in words in any of the four languages. */
export function disabilitiesOf(value: unknown): Disability[] {
  const parts = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  const found = new Set<Disability>();
  for (const part of parts) for (const w of part.split(/[\s,;/()&+-]+/u)) if (w) {
    const hit = lookup.get(nameKey(w));
    if (hit) found.add(hit);
  }
  return [...found].sort();
}
