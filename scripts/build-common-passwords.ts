/**
 * Writes server/auth/common-passwords.txt: the passwords people pick most, as
 * they are published in breach-corpus top lists, rebuilt from what is known to
 * be common (no list could be downloaded where this was written): the classic
 * top passwords, keyboard walks, digit runs, and words with the digits, years
 * and symbols people add to reach a length rule. Only entries of 12 characters
 * or more can matter (shorter ones are refused by length), so the patterns aim
 * there; the short classics are kept too, since they are the stems.
 *
 *   npx tsx scripts/build-common-passwords.ts
 */
import { writeFileSync } from 'node:fs';

const classics = `123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer
harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster
112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie
159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew access yankees
987654321 dallas austin thunder taylor matrix minecraft welcome admin administrator passw0rd p@ssw0rd p@ssword
changeme secret letmein1 welcome1 password1 qwerty1 abc12345 iloveyou1 monkey1 dragon1 login guest root toor
default hello hello123 whatever sunshine1 football1 baseball1 princess1 liverpool arsenal chelsea1 samsung google
apple microsoft windows linux ubuntu oracle cisco server office company business support service internet
starwars1 pokemon naruto anime killer1 shadow1 master1 jordan23 superman1 batman1 spiderman ironman marvel
flower butterfly rainbow purple orange banana chocolate cookie candy angel angels blessed jesus christ heaven
family friends forever lovely loveme lover mylove babygirl baby sweetheart honey darling kitten kitty puppy
tiger lion eagle falcon wolf bear shark dolphin horse cowboy rockstar music guitar piano dance happy smile
secret1 private security letmein12 trustme trust1 mustang1 ferrari porsche mercedes corvette camaro yamaha
qwer1234 asdf1234 zxcv1234 1q2w3e4r 1q2w3e 1q2w3e4r5t q1w2e3r4 a1b2c3d4 abcd1234 aa123456 zaq12wsx 1qazxsw2`;

const words =
  `password passw0rd p@ssw0rd p@ssword pass admin administrator welcome letmein qwerty iloveyou monkey dragon
football baseball soccer hockey basketball sunshine princess shadow master superman batman spiderman michael jennifer
jessica ashley charlie daniel thomas robert jordan hunter tigger summer winter spring autumn monday friday freedom
whatever computer internet secret trustno1 starwars pokemon minecraft liverpool arsenal chelsea barcelona football
changeme default access login guest hello love lovely family forever chocolate butterfly rainbow flower angel
blessed jesus heaven america canada london paris berlin newyork chicago dallas texas california florida
company office support service server network manager business account accounting finance payroll helpdesk
itservices managed msp command center commandcenter console security firewall backup cloud azure microsoft
windows office365 outlook google gmail yahoo apple iphone samsung android linux ubuntu oracle cisco vmware
qwertyuiop asdfghjkl zxcvbnm qazwsx mustang ferrari porsche corvette harley yamaha guitar music rockstar
killer ninja samurai warrior legend matrix phoenix thunder lightning storm fire ice snow ocean sunset
coffee pizza banana orange purple yellow silver golden diamond crystal cookie candy sugar honey baby
babygirl sweetheart darling kitten puppy tiger lion eagle falcon wolf bear shark dolphin horse cowboy`
    .split(/\s+/)
    .filter(Boolean);

const walks = `qwertyuiop qwertyuiop[] qwertyuiopasdf qwertyuiopasdfghjkl asdfghjkl asdfghjkl; asdfghjklzxcvbnm zxcvbnm
zxcvbnm,./ qwertyasdfgh qwertyasdfghzxcvbn qazwsxedc qazwsxedcrfv qazwsxedcrfvtgb 1qaz2wsx3edc 1qaz2wsx3edc4rfv
1q2w3e4r5t6y 1q2w3e4r5t6y7u8i 1q2w3e4r5t6y7u8i9o0p q1w2e3r4t5y6 q1w2e3r4t5y6u7i8 zaq12wsxcde3 zaq1xsw2cde3
!qaz@wsx#edc !qaz2wsx3edc 1qaz@wsx#edc qwerty123456 qwerty1234567 qwerty12345678 qwertyuiop123 qwertyuiop1234
asdfghjkl123 zxcvbnm123456 123qweasdzxc qweasdzxc123 qweasdzxcvbn 1234qwerasdf 1234qwerasdfzxcv qwer1234asdf
asdf1234zxcv qwerasdfzxcv poiuytrewq poiuytrewqlkjhgfdsa lkjhgfdsa mnbvcxz 0987654321 09876543210 abcdefghijkl
abcdefghijklm abcdefghijklmnop abcdefghijklmnopqrstuvwxyz abc123456789 abcd12345678 a1b2c3d4e5f6 a1b2c3d4e5f6g7h8
1a2b3c4d5e6f qwertzuiop qwertzuiopasdf azertyuiop azertyuiopqsdf 147258369 147258369147 159357159357 159753159753
741852963 741852963741 963852741 963852741963 123654789 123654789123 147852369 147852369147 1qw23er45ty6
q2w3e4r5t6y7 1z2x3c4v5b6n 1a2s3d4f5g6h 1234567890qwerty 1234567890qwertyuiop 1234567890-= !@#$%^&*() !@#$%^&*()_+
1234567890!@ 123456789abc 123456789qwe 123456789aaa qwe123qwe123 asd123asd123 zxc123zxc123 abc123abc123`
  .split(/\s+/)
  .filter(Boolean);

const digitRuns: string[] = [];
for (let length = 4; length <= 16; length++) {
  digitRuns.push('1234567890'.repeat(2).slice(0, length));
  digitRuns.push('0123456789'.repeat(2).slice(0, length));
  digitRuns.push('9876543210'.repeat(2).slice(0, length));
  for (const digit of '0123456789') digitRuns.push(digit.repeat(length));
}
for (const pair of ['12', '69', '11', '00', '13', '21', '23', '77', '99', '01'])
  for (let times = 2; times <= 8; times++) digitRuns.push(pair.repeat(times));
for (const triple of ['123', '321', '456', '789', '111', '000', '777', '159', '147', '258'])
  for (let times = 2; times <= 5; times++) digitRuns.push(triple.repeat(times));
for (const letter of 'aqxzsdp') for (let length = 6; length <= 16; length++) digitRuns.push(letter.repeat(length));

const years = Array.from({ length: 2027 - 1990 }, (_, index) => String(1990 + index));
const suffixes = [
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  '!',
  '!!',
  '1!',
  '123!',
  '1234!',
  '12345!',
  '@123',
  '#1',
  '01',
  '007',
  '69',
  '99',
  '2020!',
  '11',
  '00',
  '321',
  '111',
  '000',
  '777',
  '666',
  '!@#',
  '!@#$',
  '123!@#',
  '@',
  '$',
  '*',
  '.',
];

const out = new Set<string>();
const add = (text: string) => {
  const lowered = text.toLowerCase();
  if (lowered.length >= 4 && lowered.length <= 40) out.add(lowered);
};
for (const text of classics.split(/\s+/).filter(Boolean)) add(text);
for (const text of walks) add(text);
for (const text of digitRuns) add(text);
for (const word of words) {
  add(word);
  add(word + word);
  for (const suffix of suffixes) add(word + suffix);
  // Only where the year brings it to 12 characters: shorter ones are refused by length anyway.
  for (const year of word.length >= 8 ? years : []) add(word + year);
  for (const year of word.length >= 7 ? years.slice(-8) : []) add(`${word}${year}!`);
}
for (const season of [
  'spring',
  'summer',
  'autumn',
  'winter',
  'fall',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'welcome',
  'password',
])
  for (const year of years.slice(-16)) {
    add(`${season}${year}`);
    add(`${season}${year}!`);
  }
for (const a of ['iloveyou', 'ihateyou', 'letmein', 'trustno1', 'welcome', 'password', 'changeme', 'qwerty'])
  for (const b of ['forever', 'always', 'please', 'now', 'again', 'baby', 'sobad', 'already', 'thankyou'])
    for (const tail of ['', '1', '123', '!', '1234']) add(`${a}${b}${tail}`);

const sorted = [...out].sort();
writeFileSync(new URL('../server/auth/common-passwords.txt', import.meta.url), `${sorted.join('\n')}\n`, 'utf8');
console.log(`${sorted.length} passwords, ${sorted.filter((text) => text.length >= 12).length} of 12+ characters`);
