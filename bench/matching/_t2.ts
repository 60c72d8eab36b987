import { boys, girls, surnames, petNames } from './names';
import { parseEntry } from './render';
for (const l of [boys, girls, surnames]) for (const [k, v] of Object.entries(l)) { const keys = v.map((e) => e.split('|')[0]); const d = keys.filter((x, i) => keys.indexOf(x) !== i); console.log(k, v.length, d.length ? 'dups ' + d : ''); v.forEach(parseEntry); }
petNames.male.forEach(parseEntry); petNames.female.forEach(parseEntry);
