// Word lists the mention and relation rules share. General English news vocabulary only: names of
// people, states and organisations belong in the gazetteer (data/gazetteer), not here.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words of a title or function before or after a name ("Foreign Minister", "leader", "spokesperson"). */
export const TITLE_WORDS = set(`
  president vice-president minister prime premier chancellor leader chairman chairwoman chair secretary
  general marshal admiral colonel col lieutenant lt captain commander chief head director
  spokesperson spokesman spokeswoman envoy ambassador diplomat official officials king queen prince princess emir sheikh
  mr mrs ms dr sen senator rep representative governor mayor pope counterpart deputy adviser advisor aide
  lawmaker member members foreign defence defense interior finance state party supreme first vice top senior
  prominent former new veteran military national security council press special presidential
  trade economy economic health energy justice education culture agriculture transport environment labour labor
  industry commerce unification home intelligence science digital
  gen. mr. mrs. ms. dr. sen. rep. lt. col. adm. capt.
  gen maj maj. brig brig. brigadier major sergeant sgt sgt. corporal cpl lt-gen maj-gen lieutenant-general
  major-general rear vice-admiral field air
  external affairs speaker parliamentary inspector undersecretary under-secretary commissioner high attorney crown
  honourable honorable excellency comrade sultan ayatollah imam cardinal archbishop bishop
  mp mep congressman congresswoman chairperson ceo founder coach executive joint
  researcher professor lecturer fellow analyst expert scholar mediator negotiator pm
  presidents ministers leaders chiefs envoys ambassadors diplomats governors senators generals commanders
  secretaries spokespersons spokesmen premiers chancellors kings princes
  igp cp acp dcp scp ssp supt superintendent
  manager boss economist strategist striker midfielder goalkeeper defender winger judge gov gov. officer
  financial operating technology marketing investment commercial information
`);

/**
 * Who someone is, not an office: a sentence may open with one before a name ("Frenchman Luc Roy won",
 * "Pediatrician Ann Lee said"). Kept out of names like titles, but no title of their own.
 */
export const DESCRIPTORS = set(`
  frenchman englishman irishman scotsman welshman dutchman countryman compatriot teammate debutant rookie
  doctor physician surgeon paediatrician pediatrician scientist author novelist actor actress singer
  lawyer prosecutor detective sheriff astronaut distributor
`);

/** Title words that carry the role (the others only qualify it). */
export const ROLE_HEADS = set(`
  president minister premier chancellor leader chairman chairwoman chair secretary general marshal admiral
  colonel commander chief head director spokesperson spokesman spokeswoman envoy ambassador diplomat official
  king queen prince princess emir sheikh senator governor mayor pope counterpart deputy adviser advisor aide
  lawmaker member representative speaker inspector undersecretary under-secretary commissioner sultan
  ayatollah imam cardinal archbishop bishop comrade mp mep congressman congresswoman chairperson ceo founder
  coach executive brigadier major sergeant sgt corporal captain capt capt. lieutenant lt lt. col col. gen gen.
  maj maj. brig brig. vice-president vice-chairman co-chair lieutenant-general major-general
  researcher professor lecturer fellow analyst expert scholar mediator negotiator pm
  igp cp acp dcp scp ssp supt superintendent
  manager boss economist strategist striker midfielder goalkeeper defender winger judge gov gov. officer
`);

/** Armed services: after an organisation they open a title ("… Defence Force Army Chief"), after a title a rank ("Army General"). */
export const SERVICE_WORDS = set(`army navy police marines airforce`);

/** Qualifiers dropped from a role ("a prominent official" → official). */
export const ROLE_FILLERS = set(`top senior prominent former new veteran his her their its a an the`);

/** Qualifiers inside a longer role phrase, not titles of their own ("Chad's last elected president, X"). */
export const ROLE_QUALIFIERS = set(`elected outgoing incoming interim acting current last`);

/** Honorifics: the next capitalised word is a person. */
export const HONORIFICS = set(
  `mr mr. mrs mrs. ms ms. dr dr. sir madam honourable honorable excellency comrade`,
);

/** Last words of organisation names. */
export const ORG_TAIL = set(`
  party ministry agency council assembly committee commission union league bank fund office bureau
  organization organisation corporation company group army navy forces command staff court parliament
  congress senate duma government administration alliance coalition front movement association federation
  institute university academy service services guard guards corps cabinet secretariat directorate
  department authority news times post press tribune inc inc. corp corp. co co. ltd ltd. plc llc ag sa gmbh
  holdings industries airlines motors systems technologies energy community police fleet force brigade
  brigades battalion division regiment militia militias network foundation society tribunal legislature
  junta embassy consulate mission bloc caucus chamber board mechanism international watch club
  logistics partners capital ventures airways pharmaceuticals pharma insurance telecom communications media
  entertainment studios labs robotics semiconductors electronics petroleum mining steel chemicals foods
  brewery motors automotive united fc rovers wanderers athletic dynamics atomics electric railroad railway
  railways brothers bros motor securities investments software networks therapeutics biosciences aerospace
  enterprises stores brands bancorp airline books records devices pictures films exchange
  weekly daily gazette herald journal telegraph observer chronicle courier
`);

/**
 * Words of a state's own bodies: after a demonym they name an organ of that state ("Russian Defence
 * Ministry", "Kenyan Wildlife Service"), which mentions the state; other names a demonym opens ("British
 * Airways", "American Express") are names, not mentions of the state.
 */
export const STATE_BODY = set(`
  ministry ministries department army navy forces force military police guard guards government parliament
  embassy consulate council agency service services office intelligence authority authorities commission
  central national federal defence defense foreign interior security bureau directorate court senate congress
  assembly cabinet presidency administration coastguard customs marines corps command junta regime chiefs
`);

/**
 * Last words of sporting and other events a demonym may open ("Australian Open", "Japanese Grand Prix"):
 * the demonym is part of the event's name, not a mention of the state.
 */
export const EVENT_HEAD = set(
  `open prix championship championships cup games classic marathon derby rally trophy`,
);

/** Region adjectives that may open an organisation or place name ("European Central Bank"). */
export const NAME_OPENERS = set(
  `western eastern northern southern soviet european asian african arab latin islamic`,
);

/** First words of organisation names that take "of …" ("Ministry of Foreign Affairs"). */
export const ORG_LEAD = set(`
  ministry department organization organisation council union league bank party office committee commission
  federation army institute academy bureau agency court assembly association chiefs joint board
  authority community government house chamber mechanism
`);

/** Last words of place names ("Kumsusan State Guest House", "Red Square"). */
export const PLACE_TAIL = set(`
  house palace square airport station hall cathedral stadium bridge base cosmodrome port harbour harbor plant
  strait sea ocean island islands mountains river peninsula oblast province region district prefecture
  city village county valley desert gulf bay canal lake shoal reef atoll corridor crossing pass heights
  plateau hills mount mountain pyramid pyramids line guesthouse prison
  arena ballroom garden gardens theatre theater street avenue boulevard tower castle abbey forest springs
  falls beach museum gallery
`);

/**
 * First words of place names ("River Trent", "Estadio Centenario", "Las Vegas", "San Luis", "Piazza
 * Navona", "Cerro Paranal"), in English and the languages place names keep in English news. Not "Col",
 * "Monte" or "Porto": a colonel's title and given names too.
 */
export const PLACE_LEAD = set(`
  river lake mount mt estadio estadi stade stadio stadion fort las los san santa são sao
  piazza plaza praça platz cerro puerto cabo isla ilha lago bahía bahia
`);

/** A lowercase word after a name that makes it a place ("the Kursk region"). */
export const PLACE_NEXT = set(
  `region province oblast district city county prefecture peninsula area border prison camp crossing corridor`,
);

/** Names ending in these are events or documents, not actors (not scored types). */
export const EVENT_TAIL = set(`
  war wars games olympics cup summit conference forum festival day award awards prize race show treaty
  agreement accord pact declaration charter plan act operation exercise exercises drills program programme
  memorandum memoranda understanding
`);

/** Capitalised words that never start or make up a name. */
export const NOT_NAME = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  western eastern northern southern soviet european asian african arab latin islamic
  the a an this that these those it its he she they we you i his her their our my your
  in on at for but and or as if when while during after before last next also however meanwhile notably
  here there both all some many most several such what which who whom whose why how where
  breaking latest update updates read home news opinion analysis video photo photos editor editorial
  original source note summary conclusion reply comment comments share follow subscribe advertisement
`);

/** Hyphenated suffixes that turn a name into an adjective ("Soviet-era", "Russian-made"). */
export const ADJ_SUFFIX = set(
  `era style made built based backed led owned run linked born like level speaking friendly type class
  funded sponsored supported armed`,
);

/** Of those, the ones whose name is an actor backing what follows ("Iran-backed Houthis"). */
export const SPONSOR_SUFFIX = set(`backed funded sponsored supported armed`);

export const PRONOUNS_PERSON = set(`he she him his her hers himself herself`);

export const PREPOSITIONS = set(
  `in at for with to from of by amid amidst between against on into onto over under about toward towards alongside among near via`,
);

/** Lowercase particles inside personal names ("Abdel Fattah al-Sisi", "Lula da Silva", "bin Salman"). */
export const NAME_PARTICLES = set(
  `al el bin ibn bint de da do dos das du van von der den la le di ur ul ud del della ter ten`,
);

/** Collective nouns whose possessive opens an organisation name ("People's Liberation Army", "Workers' Party"). */
export const COLLECTIVE_NOUNS = set(
  `people peoples workers women farmers children citizens nation nations veterans martyrs youth patriots`,
);

/**
 * Does a word of these lists give a capitalised word a meaning of its own — an organisation's, a
 * place's, a title's or no name's? Then it is no part of a person's (or a club's own) name.
 */
export function listedWord(w: string): boolean {
  return ORG_TAIL.has(w) || ORG_LEAD.has(w) || PLACE_TAIL.has(w) || TITLE_WORDS.has(w) || NOT_NAME.has(w);
}
