/**
 * A phonetic key in the Metaphone family (written for Bluelamp): letters that sound alike in English
 * names map to one code, silent letters and non-leading vowels are dropped, so Smith and Smyth,
 * Catherine and Kathryn, Philips and Fillips share a key.
 */
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U', 'Y']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

export function phoneticKey(name: string): string {
  let s = name.toUpperCase().replace(/[^A-Z]/g, '');
  if (!s) return '';
  if (/^(KN|GN|PN|AE|WR)/.test(s)) s = s.slice(1);
  if (s[0] === 'X') s = `S${s.slice(1)}`;
  if (s.startsWith('WH')) s = `W${s.slice(2)}`;
  let out = '';
  const push = (code: string): void => {
    if (out[out.length - 1] !== code) out += code;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    const prev = s[i - 1];
    if (c === prev && c !== 'C') continue;
    switch (c) {
      case 'A': case 'E': case 'I': case 'O': case 'U':
        if (i === 0) push('A');
        break;
      case 'B':
        if (!(prev === 'M' && i === s.length - 1)) push('P');
        break;
      case 'C':
        if (next === 'I' && s[i + 2] === 'A') push('X');
        else if (next === 'H') { push(prev === 'S' ? 'K' : 'X'); i++; }
        else if (next === 'I' || next === 'E' || next === 'Y') { if (prev !== 'S') push('S'); }
        else push('K');
        break;
      case 'D':
        if (next === 'G' && (s[i + 2] === 'E' || s[i + 2] === 'I' || s[i + 2] === 'Y')) { push('J'); i++; }
        else push('T');
        break;
      case 'G':
        if (next === 'H') {
          if (i + 2 < s.length && !isVowel(s[i + 2])) { i++; break; } // silent gh before a consonant
          if (i > 0) { push('F'); i++; break; } // tough, laughton
          push('K'); i++; break;
        }
        if (next === 'N' && (i + 2 === s.length || (s[i + 2] === 'E' && s[i + 3] === 'D'))) break;
        if (next === 'I' || next === 'E' || next === 'Y') push('J');
        else push('K');
        break;
      case 'H':
        if (isVowel(next) && !'CGPST'.includes(prev ?? '')) push('H');
        break;
      case 'K':
        if (prev !== 'C') push('K');
        break;
      case 'P':
        if (next === 'H') { push('F'); i++; } else push('P');
        break;
      case 'Q': push('K'); break;
      case 'S':
        if (next === 'H') { push('X'); i++; }
        else if (next === 'I' && (s[i + 2] === 'O' || s[i + 2] === 'A')) push('X');
        else if (next === 'C' && s[i + 2] === 'H') { push('S'); push('K'); i += 2; }
        else push('S');
        break;
      case 'T':
        if (next === 'I' && (s[i + 2] === 'O' || s[i + 2] === 'A')) push('X');
        else if (next === 'H') { push('0'); i++; }
        else if (!(next === 'C' && s[i + 2] === 'H')) push('T');
        break;
      case 'V': push('F'); break;
      case 'W': case 'Y':
        if (i === 0 && c === 'Y' && !isVowel(next)) push('A');
        else if (isVowel(next)) push(c);
        break;
      case 'X': push('K'); push('S'); break;
      case 'Z': push('S'); break;
      default: push(c); // F J L M N R
    }
  }
  return out;
}
