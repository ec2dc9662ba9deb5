// The generated natural and historic places of the gazetteer (world-features.json): what news names as
// places but neither GeoNames' cities nor the first-level regions of country-region-data hold — the
// nations of the United Kingdom, historic and cultural regions, the world's major rivers, lakes, seas,
// gulfs, straits, canals, mountain ranges and peaks, deserts, peninsulas and islands. Chosen by size and
// standing (the rivers, lakes and ranges every atlas names), never from an article. Continents and
// macro-regions ("Europe", "the Balkans") are left out: the annotation conventions make them optional;
// so are peninsulas named by an adjective ("the Iberian peninsula"), which the extractor reads as one.
// Called by scripts/build-gazetteer.ts, which writes and checks the file. General knowledge.
import type { GazetteerEntry } from "../src/extract/gazetteer/index.js";
import { listEntries, listRows } from "./name-list.js";

// One place per line (name-list.ts): `name | the one country it lies in (or none) | aliases; …`. A form
// written as an ordinary English word ("Amazon", "Bug") is left out unless marked "!" ("!Rhine").
const FEATURES = `
England | GB |
Scotland | GB |
!Wales | GB |
Northern Ireland | GB |
Great Britain | GB |
English Midlands | GB |
Scottish Highlands | GB |
Bavaria | DE |
!Saxony | DE |
Catalonia | ES | Catalunya
Basque Country | ES |
Andalusia | ES | Andalucia; Andalucía
Galicia | |
Wallonia | BE |
Lombardy | IT | Lombardia
Tuscany | IT | Toscana
Sicily | IT | Sicilia
Sardinia | IT | Sardegna
Corsica | FR | !Corse
Brittany | FR | Bretagne
Normandy | FR | Normandie
Provence | FR |
Alsace | FR |
Transylvania | RO |
!Silesia | PL |
Lapland | FI |
!Galilee | IL |
Negev | IL | Negev Desert
Kurdistan Region | IQ | Iraqi Kurdistan
Somaliland | SO |
Puntland | SO |
Jubaland | SO |
Transnistria | MD | Transdniestria; Pridnestrovie
Abkhazia | GE |
South Ossetia | GE |
Northern Cyprus | CY | Turkish Republic of Northern Cyprus
Casamance | SN |
West Papua | ID |
Darfur | SD |
Kordofan | SD |
Ogaden | ET |
Patagonia | AR |
New England | US |
Midwest | US |
Appalachia | US |
Nile | | River Nile; Nile River
Blue Nile | |
White Nile | |
Amazon River | |
Yangtze | CN | Yangtze River
Yellow River | CN | Huang He
Pearl River | CN |
Mekong | | Mekong River
Ganges | | Ganga; Ganges River
Indus | | Indus River
Brahmaputra | |
Euphrates | | Euphrates River
Tigris | | Tigris River
Jordan River | | River Jordan
Litani | LB | Litani River
Orontes | |
Shatt al-Arab | |
Danube | | Danube River; River Danube
!Rhine | | River Rhine; Rhine River
Elbe | |
Oder | | Odra
Vistula | PL | Wisla
Dnieper | | Dnieper River; Dnipro River
Dniester | | Dniester River
Volga | RU | Volga River
Neva | RU | Neva River
Ob River | RU |
Yenisei | RU |
Amur | | Amur River
Irtysh | |
Thames | GB | River Thames
!Seine | FR | River Seine
Loire | FR |
Rhône | | !Rhone
Tiber | IT |
Ebro | ES |
Tagus | | Tajo; Tejo
Douro | | Duero
!Meuse | |
Scheldt | |
!Moselle | |
Waal | NL |
Drina | |
Prut | |
Daugava | |
Neman | | Nemunas
Narva River | |
Orinoco | | Orinoco River
Paraná River | |
Río de la Plata | | Rio de la Plata; River Plate estuary
Zambezi | | Zambezi River
Limpopo River | |
Niger River | |
Congo River | |
Okavango | |
Rio Grande | |
Mississippi River | US |
Missouri River | US |
Colorado River | |
Hudson River | US |
Potomac | US | Potomac River
St. Lawrence River | | Saint Lawrence River
Columbia River | |
Murray River | AU |
Amu Darya | |
Syr Darya | |
Helmand River | |
Kabul River | |
Irrawaddy | MM | Ayeyarwady
Salween | |
Chao Phraya | TH |
Red River | |
Yalu | | Yalu River
Tumen River | |
Imjin River | |
Taedong River | KP |
Han River | KR |
Sutlej | |
Chenab | |
Jhelum River | |
Teesta | |
Lake Victoria | |
Lake Tanganyika | |
Lake Malawi | | Lake Nyasa
Lake Chad | |
Lake Turkana | |
Lake Kivu | |
Lake Nasser | EG |
Lake Volta | GH |
Lake Kariba | |
Lake Baikal | RU | Baikal
Lake Ladoga | RU |
Lake Balkhash | KZ |
Issyk-Kul | KG | Lake Issyk-Kul
Lake Van | TR |
Lake Urmia | IR |
Lake Geneva | | Lac Léman
Lake Constance | | Bodensee
Lake Titicaca | |
Great Lakes | |
Lake Superior | |
Lake Michigan | US |
Lake Huron | |
Lake Erie | |
Lake Ontario | |
Dead Sea | |
Sea of Galilee | IL | Lake Tiberias
Atlantic Ocean | |
Pacific Ocean | |
Indian Ocean | |
Arctic Ocean | |
Southern Ocean | |
Mediterranean Sea | |
Caribbean Sea | |
North Sea | |
Norwegian Sea | |
Barents Sea | |
Kara Sea | RU |
Sea of Okhotsk | |
Bering Sea | |
Bering Strait | |
Sea of Azov | | Azov Sea
Caspian Sea | |
Aral Sea | |
Adriatic Sea | | Adriatic
Aegean Sea | | Aegean
Ionian Sea | |
Tyrrhenian Sea | |
Irish Sea | |
Celtic Sea | |
English Channel | |
Bay of Biscay | |
Strait of Gibraltar | |
Bosphorus | TR | Bosporus
Dardanelles | TR |
Sea of Marmara | TR |
Kerch Strait | |
Gulf of Finland | |
Gulf of Bothnia | |
Gulf of Riga | |
Persian Gulf | | Arabian Gulf
Gulf of Oman | |
Arabian Sea | |
Gulf of Aden | |
Bab el-Mandeb | | Bab al-Mandab; Bab-el-Mandeb
Suez Canal | EG |
Panama Canal | PA |
Strait of Malacca | | Malacca Strait; Straits of Malacca
Andaman Sea | |
Bay of Bengal | |
Java Sea | ID |
Celebes Sea | |
Sulu Sea | |
Philippine Sea | |
East China Sea | |
Gulf of Thailand | |
Gulf of Tonkin | |
Luzon Strait | |
Korea Strait | |
Gulf of Mexico | | Gulf of America
Gulf of Guinea | |
Mozambique Channel | |
Hudson Bay | CA |
Beaufort Sea | |
Chukchi Sea | |
Tasman Sea | |
Coral Sea | |
Timor Sea | |
Great Barrier Reef | AU |
!Alps | |
Himalayas | | Himalaya
Andes | |
Rocky Mountains | | Rockies
Ural Mountains | RU | Urals
Caucasus | | Caucasus Mountains
Pyrenees | |
Carpathians | | Carpathian Mountains
Apennines | IT |
Balkan Mountains | |
Dinaric Alps | |
Atlas Mountains | |
Hindu Kush | |
Karakoram | |
Pamir Mountains | | Pamirs
Tian Shan | |
Altai Mountains | |
Zagros Mountains | IR | Zagros
Taurus Mountains | TR |
Appalachian Mountains | US | Appalachians
Mount Everest | | Everest
K2 | |
Mont Blanc | |
Mount Kilimanjaro | TZ | Kilimanjaro
Mount Elbrus | RU | Elbrus
Mount Fuji | JP |
Matterhorn | |
Aconcagua | AR |
Denali | US |
Mount Etna | IT | !Etna
Vesuvius | IT | Mount Vesuvius
Mount Ararat | TR |
Mount Sinai | EG |
Sahara | | Sahara Desert
Gobi Desert | | !Gobi
Kalahari | | Kalahari Desert
Namib Desert | NA |
Atacama Desert | CL | Atacama
Rub' al Khali | | Empty Quarter
Sinai Peninsula | EG | Sinai
Kola Peninsula | RU |
Kamchatka | RU | Kamchatka Peninsula
Kuril Islands | | Kurils; Kuriles
Sakhalin | RU |
Tierra del Fuego | |
Canary Islands | ES | Canaries
Balearic Islands | ES |
Azores | PT |
!Madeira | PT |
Crete | GR |
!Lesbos | GR | Lesvos
Lampedusa | IT |
Gotland | SE |
Bornholm | DK |
Honshu | JP |
Kyushu | JP |
Shikoku | JP |
Hainan | CN |
!Sumatra | ID |
Borneo | |
Sulawesi | ID |
Mindanao | PH |
Luzon | PH |
Bali | ID |
Zanzibar | TZ |
Socotra | YE |
Spratly Islands | | Spratlys
Paracel Islands | | Paracels
Senkaku Islands | | Diaoyu Islands; Senkakus
Scarborough Shoal | |
Second Thomas Shoal | |
Kashmir Valley | IN |
`;

/** The entries (name-list.ts listEntries says which forms stay). */
export function worldFeatures(
  taken: Set<string>,
  countryOf: Map<string, string>,
  personWords: ReadonlySet<string>,
): GazetteerEntry[] {
  return listEntries(listRows(FEATURES), "Place", "place", { taken, countryOf, personWords });
}

export const WORLD_FEATURES_SOURCES =
  "Generated by scripts/build-gazetteer.ts (scripts/world-features.ts): the nations of the United Kingdom, historic and cultural regions, and the world's major rivers, lakes, seas, straits, mountains, deserts, peninsulas and islands (general knowledge); one-word forms that are English words left out unless marked.";
