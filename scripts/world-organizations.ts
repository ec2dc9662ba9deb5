// The generated organisations of the gazetteer (world-organizations.json): bodies general news names
// without saying what they are — companies, banks, exchanges, agencies, charities, sports bodies and
// clubs. Chosen by membership, never from an article:
//   - companies: the largest listed companies of the main stock indices (Dow Jones, the largest of the
//     S&P 500 and Nasdaq-100, Euro Stoxx 50, FTSE 100's largest, DAX, CAC 40, SMI, Nikkei's largest,
//     the largest of China, India, Korea, Taiwan, Brazil, the Gulf), the main airlines, carmakers,
//     defence contractors, shipping lines, miners, oil companies and investment banks;
//   - central banks of the G20 and other large economies, the main stock exchanges and regulators;
//   - national agencies most named in English-language news (US federal agencies, UK agencies, EU
//     agencies) and international NGOs;
//   - sports: world and continental governing bodies, the leagues of the big five football countries
//     and North America, every club of the 2024-25 top divisions of England, Spain, Germany, Italy,
//     France and the Netherlands, of Brazil's Série A and of Major League Soccer, the best-known clubs
//     of Portugal, Scotland, Turkey, Belgium, Greece and Argentina, every NBA, NFL, MLB and NHL team,
//     and the Formula One teams.
// Called by scripts/build-gazetteer.ts, which writes and checks the file. General knowledge.
import type { GazetteerEntry } from "../src/extract/gazetteer/index.js";
import { listEntries, listRows } from "./name-list.js";

// One organisation per line (name-list.ts): `name | its home country | aliases; …`. A form written as an
// ordinary English word ("Arsenal") is left out unless marked "!": a word news capitalises for the
// organisation alone.
const COMPANIES = `
Apple | US | !Apple Inc.
Microsoft | US | Microsoft Corp; Microsoft Corporation
Alphabet | US | Alphabet Inc.
!Google | US |
Amazon.com | US | Amazon.com Inc.
Meta Platforms | US | !Meta
Nvidia | US | NVIDIA; Nvidia Corp
Tesla | US | !Tesla; Tesla Inc.
Berkshire Hathaway | US |
Broadcom | US |
Oracle Corporation | US | !Oracle
Salesforce | US |
Adobe | US | !Adobe
Intel Corp | US | Intel Corporation
Advanced Micro Devices | US | AMD
Qualcomm | US |
Texas Instruments | US |
IBM | US | International Business Machines
Cisco Systems | US | !Cisco
Netflix | US |
Walt Disney Company | US | Disney
Comcast | US |
Uber | US | Uber Technologies
Airbnb | US |
PayPal | US |
Visa Inc. | US |
Mastercard | US |
American Express | US | Amex
JPMorgan Chase | US | JPMorgan; JP Morgan; J.P. Morgan; JPMorgan Chase & Co
Bank of America | US | BofA
Citigroup | US | Citi; Citibank
Wells Fargo | US | Wells Fargo & Co
Goldman Sachs | US | Goldman Sachs Group
Morgan Stanley | US |
BlackRock | US |
Charles Schwab Corp | US |
Blackstone | US |
State Street Corp | US |
Fidelity Investments | US | Fidelity
Vanguard Group | US | Vanguard
Exxon Mobil | US | ExxonMobil; Exxon
Chevron | US | !Chevron
ConocoPhillips | US |
Occidental Petroleum | US |
Halliburton | US |
Schlumberger | US | SLB
Johnson & Johnson | US |
Pfizer | US |
Merck & Co | US |
Eli Lilly | US | Eli Lilly and Co
AbbVie | US |
Moderna | US |
Bristol Myers Squibb | US | Bristol-Myers Squibb
Amgen | US |
Gilead Sciences | US |
UnitedHealth Group | US | UnitedHealth
CVS Health | US |
Walmart | US | Wal-Mart
Costco | US | Costco Wholesale
Home Depot | US |
Target Corporation | US |
Kroger | US |
Procter & Gamble | US | P&G
Coca-Cola | US | Coca-Cola Co; Coke
PepsiCo | US |
Starbucks | US |
Nike | US |
Boeing | US |
Lockheed Martin | US |
RTX Corporation | US | RTX; Raytheon; Raytheon Technologies
Northrop Grumman | US |
General Dynamics | US |
L3Harris | US | L3Harris Technologies
Palantir | US | Palantir Technologies
Anduril | US | Anduril Industries
General Electric | US | GE Aerospace
Honeywell | US |
3M | US |
Caterpillar Inc. | US |
Deere & Company | US | John Deere
Ford Motor | US | Ford Motor Company; Ford Motor Co
General Motors | US |
Stellantis | NL |
Verizon | US | Verizon Communications
AT&T | US |
T-Mobile | US | T-Mobile US
SpaceX | US |
OpenAI | US |
!Anthropic | US |
Delta Air Lines | US |
United Airlines | US |
American Airlines | US |
Southwest Airlines | US |
FedEx | US |
UPS | US | United Parcel Service
Cargill | US |
Dow Inc. | US |
DuPont | US |
Archer-Daniels-Midland | US | ADM
Freeport-McMoRan | US |
Newmont | US |
Saudi Aramco | SA | Aramco
SABIC | SA |
ADNOC | AE | Abu Dhabi National Oil Company
QatarEnergy | QA | Qatar Petroleum
Kuwait Petroleum Corporation | KW |
Emirates airline | AE |
Qatar Airways | QA |
Etihad Airways | AE | Etihad
Turkish Airlines | TR |
Shell plc | GB | Royal Dutch Shell
BP | GB | British Petroleum
HSBC | GB | HSBC Holdings
Barclays | GB |
Lloyds Banking Group | GB | Lloyds
NatWest | GB | NatWest Group
Standard Chartered | GB |
AstraZeneca | GB |
GSK | GB | GlaxoSmithKline
Unilever | GB |
Diageo | GB |
Rio Tinto | GB |
Anglo American | GB |
Glencore | CH |
BHP | AU | BHP Group
BAE Systems | GB |
Rolls-Royce | GB | Rolls-Royce Holdings
Vodafone | GB |
BT Group | GB |
Tesco | GB |
J Sainsbury | GB | Sainsbury's
Marks & Spencer | GB | M&S
British Airways | GB |
easyJet | GB |
Ryanair | IE |
London Stock Exchange Group | GB | LSEG
Aviva | GB |
Prudential plc | GB |
Legal & General | GB |
Nestlé | CH | !Nestle
Novartis | CH |
Roche | CH |
UBS | CH | UBS Group
Credit Suisse | CH |
Zurich Insurance | CH | Zurich Insurance Group
ABB | CH |
Swiss Re | CH |
Richemont | CH |
LVMH | FR | LVMH Moët Hennessy Louis Vuitton
L'Oréal | FR | !L'Oreal
Hermès | FR | Hermes
Kering | FR |
TotalEnergies | FR |
Sanofi | FR |
Airbus | FR | !Airbus
Safran | FR |
Thales | FR | Thales Group
Dassault Aviation | FR | Dassault
BNP Paribas | FR |
Société Générale | FR | Societe Generale; SocGen
Crédit Agricole | FR | Credit Agricole
AXA | FR |
Schneider Electric | FR |
Danone | FR |
Pernod Ricard | FR |
Renault | FR | Renault Group
Orange SA | FR |
Carrefour | FR | !Carrefour
EDF | FR | Électricité de France
Engie | FR |
Air France-KLM | FR | Air France; KLM
Naval Group | FR |
Siemens | DE | !Siemens
Siemens Energy | DE |
SAP | DE |
Volkswagen | DE | VW; Volkswagen Group
BMW | DE |
Mercedes-Benz Group | DE | Mercedes-Benz; Daimler
Porsche | DE |
Allianz | DE |
Munich Re | DE |
Deutsche Bank | DE |
Commerzbank | DE |
Deutsche Telekom | DE |
BASF | DE |
Bayer | DE |
Merck KGaA | DE |
Adidas | DE |
Puma SE | DE |
Infineon | DE | Infineon Technologies
Lufthansa | DE | Deutsche Lufthansa
DHL | DE | DHL Group; Deutsche Post
Rheinmetall | DE |
Deutsche Börse | DE | Deutsche Boerse
Bosch | DE |
Continental AG | DE |
Thyssenkrupp | DE | ThyssenKrupp
Hensoldt | DE |
Uniper | DE |
RWE | DE |
E.ON | DE |
ING Group | NL | ING
ASML | NL |
Philips | NL | Royal Philips
Heineken | NL |
Ahold Delhaize | NL |
Prosus | NL |
ABN Amro | NL |
AB InBev | BE | Anheuser-Busch InBev
Enel | IT |
Eni | IT |
Intesa Sanpaolo | IT |
UniCredit | IT |
Leonardo S.p.A. | IT |
Fincantieri | IT |
Ferrari N.V. | IT |
Generali | IT | Assicurazioni Generali
Iberdrola | ES |
Santander | ES | Banco Santander
BBVA | ES |
Inditex | ES |
Telefónica | ES | Telefonica
Repsol | ES |
Equinor | NO |
Norsk Hydro | NO |
Novo Nordisk | DK |
Maersk | DK | A.P. Moller-Maersk; A.P. Møller-Mærsk
Ørsted | DK | Orsted
!Vestas | DK |
Volvo | SE | Volvo Group; Volvo Cars
Ericsson | SE |
Saab AB | SE |
Spotify | SE |
H&M | SE | Hennes & Mauritz
IKEA | SE |
Nokia | FI |
OMV | AT |
CD Projekt | PL |
Orlen | PL | PKN Orlen
Gazprom | RU |
Rosneft | RU |
Lukoil | RU |
Novatek | RU |
Sberbank | RU |
VTB | RU | VTB Bank
Rosatom | RU |
Rostec | RU |
Aeroflot | RU |
Naftogaz | UA |
Ukrenergo | UA |
Toyota | JP | Toyota Motor
Honda Motor | JP |
Nissan | JP |
Sony | JP | Sony Group
SoftBank | JP | SoftBank Group
Mitsubishi Heavy Industries | JP |
Mitsubishi Corporation | JP |
Mitsubishi UFJ Financial Group | JP | MUFG
Sumitomo Mitsui Financial Group | JP | SMFG
Mizuho Financial Group | JP |
Nomura Holdings | JP |
Hitachi | JP |
Panasonic | JP |
Toshiba | JP |
Nintendo | JP |
Fast Retailing | JP | Uniqlo
Keyence | JP |
Tokyo Electron | JP |
Japan Airlines | JP |
All Nippon Airways | JP | ANA
Samsung Electronics | KR | Samsung
SK Hynix | KR |
Hyundai Motor | KR | Hyundai
Kia | KR | Kia Corporation
LG Electronics | KR | LG
Hanwha Aerospace | KR | Hanwha
Korea Aerospace Industries | KR | KAI
Korean Air | KR |
Asiana Airlines | KR | Asiana
POSCO | KR |
TSMC | TW | Taiwan Semiconductor Manufacturing Company; Taiwan Semiconductor Manufacturing Co
Foxconn | TW | Hon Hai
MediaTek | TW |
Alibaba | CN | Alibaba Group
Tencent | CN |
Baidu | CN |
JD.com | CN |
ByteDance | CN |
TikTok | CN |
Huawei | CN |
Xiaomi | CN |
Lenovo | CN |
BYD | CN |
CATL | CN | Contemporary Amperex Technology
Geely | CN |
SAIC Motor | CN |
Sinopec | CN |
PetroChina | CN |
CNOOC | CN |
China National Petroleum Corporation | CN | CNPC
Industrial and Commercial Bank of China | CN | ICBC
China Construction Bank | CN |
Bank of China | CN |
Agricultural Bank of China | CN |
Ping An | CN | Ping An Insurance
China Mobile | CN |
COSCO | CN | COSCO Shipping
SMIC | CN | Semiconductor Manufacturing International Corporation
Kweichow Moutai | CN | Moutai
Evergrande | CN | China Evergrande
Country Garden | CN |
Air China | CN |
China Eastern Airlines | CN |
Cathay Pacific | HK |
Reliance Industries | IN |
Tata Group | IN | Tata
Tata Motors | IN |
Tata Consultancy Services | IN | TCS
Infosys | IN |
Wipro | IN |
HDFC Bank | IN |
ICICI Bank | IN |
State Bank of India | IN | SBI
Adani Group | IN |
Mahindra & Mahindra | IN |
Larsen & Toubro | IN |
Bharti Airtel | IN | Airtel
Air India | IN |
IndiGo | IN |
Petrobras | BR |
Vale | BR |
Itaú Unibanco | BR | Itau Unibanco
Embraer | BR |
JBS | BR |
Pemex | MX | Petróleos Mexicanos
América Movil | MX | América Móvil
Cemex | MX |
Codelco | CL |
YPF | AR |
Sonatrach | DZ |
NNPC | NG | Nigerian National Petroleum Company
Dangote Group | NG |
MTN Group | ZA | MTN
Naspers | ZA |
Anglo American Platinum | ZA |
De Beers | GB |
Woodside Energy | AU |
Qantas | AU |
Commonwealth Bank | AU |
Fortescue | AU |
Brookfield Asset Management | CA |
Shopify | CA |
Royal Bank of Canada | CA | RBC
Toronto-Dominion Bank | CA | TD Bank
Enbridge | CA |
!Bombardier | CA |
Air Canada | CA |
Barrick Gold | CA | Barrick
Teck Resources | CA | Teck
Israel Aerospace Industries | IL | IAI
Elbit Systems | IL | Elbit
Rafael Advanced Defense Systems | IL |
Teva | IL | Teva Pharmaceutical
Baykar | TR |
Aselsan | TR |
Emirates NBD | AE |
DP World | AE |
Mubadala | AE |
Public Investment Fund | SA | PIF
Qatar Investment Authority | QA | QIA
Norges Bank Investment Management | NO |
Temasek | SG | Temasek Holdings
GIC | SG |
DBS Bank | SG | DBS
Singapore Airlines | SG |
Grab | SG | Grab Holdings
Petronas | MY |
Pertamina | ID |
Wilmar International | SG | Wilmar
Moody's Investors Service | US |
S&P Global | US | Standard & Poor's
Fitch Ratings | US |
Bloomberg L.P. | US |
McKinsey | US | McKinsey & Company
Deloitte | GB |
PwC | GB | PricewaterhouseCoopers
KPMG | NL |
Ernst & Young | GB | EY
Lazard | US |
Evercore | US |
Jefferies Financial Group | US |
Macquarie Group | AU |
Hapag-Lloyd | DE |
MSC | CH | Mediterranean Shipping Company
CMA CGM | FR |
`;

const INSTITUTIONS = `
Federal Reserve | US | US Federal Reserve; Federal Reserve Board; Federal Reserve System
European Central Bank | | ECB
Bank of England | GB | BoE
Bank of Japan | JP | BOJ; BoJ
People's Bank of China | CN | PBOC; PBoC
Reserve Bank of India | IN | RBI
Bank of Canada | CA |
Reserve Bank of Australia | AU | RBA
Swiss National Bank | CH | SNB
Deutsche Bundesbank | DE | Bundesbank
Banque de France | FR | Bank of France
Central Bank of Russia | RU | Bank of Russia
Central Bank of Brazil | BR | Banco Central do Brasil
Bank of Korea | KR | BOK
Central Bank of the Republic of Turkey | TR | Turkish central bank
South African Reserve Bank | ZA | SARB
Saudi Central Bank | SA | SAMA
Bank for International Settlements | | BIS
Riksbank | SE | Sveriges Riksbank
Norges Bank | NO |
Reserve Bank of New Zealand | NZ | RBNZ
New York Stock Exchange | US | NYSE
Nasdaq | US | NASDAQ
London Stock Exchange | GB |
Euronext | |
Tokyo Stock Exchange | JP |
Hong Kong Stock Exchange | HK | HKEX; Hong Kong Exchanges and Clearing
Shanghai Stock Exchange | CN |
Shenzhen Stock Exchange | CN |
Bombay Stock Exchange | IN |
National Stock Exchange of India | IN |
Frankfurt Stock Exchange | DE |
Chicago Mercantile Exchange | US | CME; CME Group
Securities and Exchange Commission | US | SEC; US Securities and Exchange Commission
Commodity Futures Trading Commission | US | CFTC
Federal Trade Commission | US | FTC
Federal Communications Commission | US | FCC
Federal Aviation Administration | US | FAA
Food and Drug Administration | US | FDA
Centers for Disease Control and Prevention | US | CDC
National Institutes of Health | US | NIH
Environmental Protection Agency | US | EPA
Federal Bureau of Investigation | US | FBI
Drug Enforcement Administration | US | DEA
Bureau of Alcohol, Tobacco, Firearms and Explosives | US | ATF
Department of Homeland Security | US | DHS; Homeland Security Department
Immigration and Customs Enforcement | US | ICE
Customs and Border Protection | US | CBP; US Customs and Border Protection
Federal Emergency Management Agency | US | FEMA
National Security Agency | US | NSA
US Secret Service | US |
US Department of Justice | US | Justice Department; Department of Justice; DOJ
US Department of the Treasury | US | Treasury Department; US Treasury
US Department of Commerce | US | Commerce Department
US Department of Energy | US | Energy Department
Internal Revenue Service | US | IRS
National Aeronautics and Space Administration | US | NASA
National Transportation Safety Board | US | NTSB
National Weather Service | US |
US Supreme Court | US | Supreme Court of the United States
US Senate | US |
US House of Representatives | US |
US Army | US |
US Navy | US |
US Air Force | US |
US Marine Corps | US | Marine Corps
MI5 | GB |
MI6 | GB | Secret Intelligence Service
GCHQ | GB |
National Health Service | GB | NHS
Metropolitan Police | GB | Met Police; Scotland Yard
Financial Conduct Authority | GB | FCA
Office for National Statistics | GB | ONS
Competition and Markets Authority | GB | CMA
House of Commons | GB |
House of Lords | GB |
Reform UK | GB |
Scottish National Party | GB | SNP
Bundestag | DE |
Bundeswehr | DE |
Christian Democratic Union | DE | CDU
Social Democratic Party of Germany | DE | SPD
Alternative for Germany | DE | AfD
National Assembly of France | FR | French National Assembly
National Rally | FR | Rassemblement National
Frontex | |
Europol | |
Eurostat | |
European Medicines Agency | | EMA
European Investment Bank | | EIB
European Court of Justice | | Court of Justice of the European Union
European Court of Human Rights | | ECHR
Council of Europe | |
Eurogroup | |
Interpol | | INTERPOL
International Committee of the Red Cross | | ICRC; Red Cross
International Federation of Red Cross and Red Crescent Societies | | IFRC
Amnesty International | | Amnesty
Human Rights Watch | | HRW
Médecins Sans Frontières | | Doctors Without Borders; MSF
Save the Children | |
Oxfam | |
Greenpeace | |
World Wide Fund for Nature | | WWF
Transparency International | |
International Rescue Committee | | IRC
World Food Programme | | WFP; World Food Program
Food and Agriculture Organization | | FAO
UN Development Programme | | UNDP; United Nations Development Programme
UN Environment Programme | | UNEP
UNESCO | | United Nations Educational, Scientific and Cultural Organization
International Labour Organization | | ILO
International Energy Agency | | IEA
International Organization for Migration | | IOM
Office for the Coordination of Humanitarian Affairs | | OCHA; UN Office for the Coordination of Humanitarian Affairs
UN Office on Drugs and Crime | | UNODC
Organisation for Economic Co-operation and Development | | OECD
Asian Development Bank | | ADB
Asian Infrastructure Investment Bank | | AIIB
African Development Bank | | AfDB
European Bank for Reconstruction and Development | | EBRD
Inter-American Development Bank | | IDB
New Development Bank | |
Paris Club | |
Organization of American States | | OAS
Gulf Cooperation Council | | GCC
Economic Community of West African States | | ECOWAS
Southern African Development Community | | SADC
East African Community | | EAC
Intergovernmental Authority on Development | | IGAD
Caribbean Community | | CARICOM
Mercosur | | Mercosul
Pacific Islands Forum | |
Organisation of Islamic Cooperation | | OIC
Asia-Pacific Economic Cooperation | | APEC
Nordic Council | |
Intergovernmental Panel on Climate Change | | IPCC
World Meteorological Organization | | WMO
International Civil Aviation Organization | | ICAO
International Maritime Organization | |
International Telecommunication Union | | ITU
World Intellectual Property Organization | | WIPO
Organisation for the Prohibition of Chemical Weapons | | OPCW
Comprehensive Nuclear-Test-Ban Treaty Organization | | CTBTO
European Space Agency | | ESA
CERN | |
Roscosmos | RU |
China National Space Administration | CN | CNSA
Japan Aerospace Exploration Agency | JP | JAXA
Indian Space Research Organisation | IN | ISRO
Nobel Foundation | SE |
Norwegian Nobel Committee | NO |
Wikimedia Foundation | US |
Bill & Melinda Gates Foundation | US | Gates Foundation
`;

const SPORT = `
FIFA | |
UEFA | | Union of European Football Associations
International Olympic Committee | | IOC
World Athletics | |
International Cricket Council | |
World Rugby | |
International Tennis Federation | | ITF
ATP | |
WTA | |
Fédération Internationale de l'Automobile | | FIA
Union Cycliste Internationale | | UCI
World Anti-Doping Agency | | WADA
Court of Arbitration for Sport | | CAS
CONMEBOL | | South American Football Confederation
CONCACAF | | Confederation of North, Central America and Caribbean Association Football
Confederation of African Football | | CAF
Asian Football Confederation | | AFC
Premier League | GB | English Premier League
English Football League | GB | EFL
La Liga | ES | LaLiga
Bundesliga | DE |
Serie A | IT |
Ligue 1 | FR |
Eredivisie | NL |
Major League Soccer | US | MLS
National Basketball Association | US | NBA
National Football League | US | NFL
Major League Baseball | US | MLB
National Hockey League | US | NHL
Women's National Basketball Association | US | WNBA
England and Wales Cricket Board | GB | ECB
Board of Control for Cricket in India | IN | BCCI
Arsenal F.C. | GB | !Arsenal
Aston Villa | GB |
AFC Bournemouth | GB |
Brentford F.C. | GB | Brentford
Brighton & Hove Albion | GB |
Chelsea F.C. | GB |
Crystal Palace | GB |
Everton | GB |
Fulham F.C. | GB | !Fulham
Ipswich Town | GB |
Leicester City | GB |
Liverpool F.C. | GB |
Manchester City | GB | Man City
Manchester United | GB | Man United; Man Utd
Newcastle United | GB |
Nottingham Forest | GB |
Southampton F.C. | GB |
Tottenham Hotspur | GB | Tottenham; Spurs
West Ham United | GB | West Ham
Wolverhampton Wanderers | GB | Wolves
Leeds United | GB |
Sheffield United | GB |
Sheffield Wednesday | GB |
Burnley F.C. | GB |
Sunderland A.F.C. | GB |
Celtic F.C. | GB |
Rangers F.C. | GB |
Real Madrid | ES |
FC Barcelona | ES | Barcelona FC; Barça; !Barca
Atlético Madrid | ES | Atletico Madrid; Atlético de Madrid; Atletico
Athletic Bilbao | ES | Athletic Club
Real Sociedad | ES |
Real Betis | ES | Betis
Sevilla FC | ES |
Villarreal CF | ES | Villarreal
Valencia CF | ES |
Celta Vigo | ES | Celta
Osasuna | ES | CA Osasuna
Rayo Vallecano | ES |
Deportivo Alavés | ES | Alavés; Alaves
Espanyol | ES | RCD Espanyol
Getafe CF | ES |
Girona FC | ES |
UD Las Palmas | ES |
RCD Mallorca | ES |
CD Leganés | ES |
Real Valladolid | ES |
Bayern Munich | DE | FC Bayern Munich; Bayern München; FC Bayern
Borussia Dortmund | DE | BVB
Bayer Leverkusen | DE |
RB Leipzig | DE |
Eintracht Frankfurt | DE |
VfB Stuttgart | DE |
VfL Wolfsburg | DE |
Borussia Mönchengladbach | DE | Borussia Monchengladbach; Gladbach
SC Freiburg | DE |
TSG Hoffenheim | DE | Hoffenheim
Werder Bremen | DE |
FC Augsburg | DE |
Union Berlin | DE | 1. FC Union Berlin
1. FSV Mainz 05 | DE | Mainz 05
VfL Bochum | DE |
FC St. Pauli | DE | St. Pauli
Holstein Kiel | DE |
1. FC Heidenheim | DE | Heidenheim
Hamburger SV | DE | Hamburg SV
Schalke 04 | DE | Schalke
Inter Milan | IT | Internazionale; Inter
AC Milan | IT |
Juventus | IT |
SSC Napoli | IT | Napoli
AS Roma | IT |
SS Lazio | IT |
Atalanta | IT |
ACF Fiorentina | IT | Fiorentina
Bologna FC | IT |
Torino FC | IT |
Genoa CFC | IT |
Udinese | IT |
Cagliari Calcio | IT |
Hellas Verona | IT |
US Lecce | IT |
Empoli FC | IT |
Parma Calcio | IT |
Como 1907 | IT |
Venezia FC | IT |
AC Monza | IT |
Paris Saint-Germain | FR | PSG; Paris St-Germain
Olympique de Marseille | FR |
Olympique Lyonnais | FR |
AS Monaco | FR |
Lille OSC | FR | LOSC
OGC Nice | FR |
RC Lens | FR |
Stade Rennais | FR | Rennes FC
Stade Brestois | FR | Brest FC
RC Strasbourg | FR |
FC Nantes | FR |
Toulouse FC | FR |
Montpellier HSC | FR |
AJ Auxerre | FR |
Angers SCO | FR |
Le Havre AC | FR |
AS Saint-Étienne | FR |
Stade de Reims | FR |
Ajax | NL | AFC Ajax; Ajax Amsterdam
PSV Eindhoven | NL | PSV
Feyenoord | NL |
AZ Alkmaar | NL |
FC Twente | NL | Twente
FC Utrecht | NL |
Go Ahead Eagles | NL |
NEC Nijmegen | NL |
Fortuna Sittard | NL |
SC Heerenveen | NL | Heerenveen
Sparta Rotterdam | NL |
PEC Zwolle | NL |
Heracles Almelo | NL |
FC Groningen | NL |
NAC Breda | NL |
Willem II | NL |
RKC Waalwijk | NL |
Almere City FC | NL |
SL Benfica | PT | Benfica
FC Porto | PT |
Sporting CP | PT | Sporting Lisbon
SC Braga | PT |
Galatasaray | TR |
Fenerbahçe | TR | Fenerbahce
Beşiktaş | TR | Besiktas
Trabzonspor | TR |
Club Brugge | BE |
RSC Anderlecht | BE | Anderlecht
Red Bull Salzburg | AT |
Olympiacos | GR |
Panathinaikos | GR |
Shakhtar Donetsk | UA |
Dynamo Kyiv | UA | Dynamo Kiev
Zenit Saint Petersburg | RU | Zenit
Spartak Moscow | RU |
Al-Hilal | SA |
Al-Nassr | SA |
Al-Ittihad | SA |
Flamengo | BR | CR Flamengo
Palmeiras | BR | SE Palmeiras
Corinthians | BR | SC Corinthians
São Paulo FC | BR | Sao Paulo FC
Santos FC | BR |
Fluminense | BR |
Botafogo | BR |
Grêmio | BR | Gremio
Internacional | BR | SC Internacional
Atlético Mineiro | BR | Atletico Mineiro
CR Vasco da Gama | BR |
!Cruzeiro | BR |
Athletico Paranaense | BR |
Atlético Goianiense | BR | Atletico Goianiense
EC Bahia | BR |
Criciúma EC | BR |
Cuiabá EC | BR |
Fortaleza EC | BR |
EC Juventude | BR |
Red Bull Bragantino | BR | Bragantino
EC Vitória | BR |
Boca Juniors | AR |
River Plate | AR |
Racing Club | AR |
Independiente | AR |
San Lorenzo de Almagro | AR |
Estudiantes de La Plata | AR | Estudiantes
Vélez Sarsfield | AR | Velez Sarsfield
Rosario Central | AR |
Newell's Old Boys | AR |
Club América | MX |
Chivas | MX | Chivas Guadalajara
Inter Miami | US | Inter Miami CF
LA Galaxy | US |
Los Angeles FC | US | LAFC
Seattle Sounders | US |
Atlanta United | US |
Austin FC | US |
Charlotte FC | US |
Chicago Fire | US | Chicago Fire FC
FC Cincinnati | US |
Colorado Rapids | US |
Columbus Crew | US |
D.C. United | US | DC United
FC Dallas | US |
Houston Dynamo | US |
Sporting Kansas City | US |
Minnesota United | US |
Nashville SC | US |
New England Revolution | US |
Philadelphia Union | US |
Portland Timbers | US |
Real Salt Lake | US |
San Jose Earthquakes | US |
St. Louis City SC | US |
Vancouver Whitecaps | CA |
Orlando City | US | Orlando City SC
New York City FC | US | NYCFC
New York Red Bulls | US |
Toronto FC | CA |
CF Montréal | CA | CF Montreal
Atlanta Hawks | US | Hawks
Boston Celtics | US | Celtics
Brooklyn Nets | US |
Charlotte Hornets | US |
Chicago Bulls | US |
Cleveland Cavaliers | US | !Cavaliers; Cavs
Dallas Mavericks | US | Mavericks; Mavs
Denver Nuggets | US | !Nuggets
Detroit Pistons | US | !Pistons
Golden State Warriors | US |
Houston Rockets | US |
Indiana Pacers | US | !Pacers
Los Angeles Clippers | US | LA Clippers; !Clippers
Los Angeles Lakers | US | LA Lakers; !Lakers
Memphis Grizzlies | US |
Miami Heat | US |
Milwaukee Bucks | US | Bucks
Minnesota Timberwolves | US | Timberwolves
New Orleans Pelicans | US |
New York Knicks | US | !Knicks
Oklahoma City Thunder | US |
Orlando Magic | US |
Philadelphia 76ers | US | 76ers; !Sixers
Phoenix Suns | US |
Portland Trail Blazers | US | Trail Blazers
Sacramento Kings | US |
San Antonio Spurs | US |
Toronto Raptors | CA | !Raptors
Utah Jazz | US |
Washington Wizards | US |
Arizona Cardinals | US |
Atlanta Falcons | US |
Baltimore Ravens | US |
Buffalo Bills | US |
Carolina Panthers | US |
Chicago Bears | US |
Cincinnati Bengals | US | Bengals
Cleveland Browns | US |
Dallas Cowboys | US | Cowboys
Denver Broncos | US | !Broncos
Detroit Lions | US |
Green Bay Packers | US | !Packers
Houston Texans | US |
Indianapolis Colts | US | Colts
Jacksonville Jaguars | US |
Kansas City Chiefs | US |
Las Vegas Raiders | US |
Los Angeles Chargers | US |
Los Angeles Rams | US |
Miami Dolphins | US |
Minnesota Vikings | US |
New England Patriots | US |
New Orleans Saints | US |
New York Giants | US |
New York Jets | US |
Philadelphia Eagles | US |
Pittsburgh Steelers | US | Steelers
San Francisco 49ers | US | 49ers
Seattle Seahawks | US | !Seahawks
Tampa Bay Buccaneers | US | !Buccaneers
Tennessee Titans | US |
Washington Commanders | US |
Arizona Diamondbacks | US | !Diamondbacks
Atlanta Braves | US |
Baltimore Orioles | US |
Boston Red Sox | US | Red Sox
Chicago Cubs | US |
Chicago White Sox | US | White Sox
Cincinnati Reds | US |
Cleveland Guardians | US |
Colorado Rockies | US |
Detroit Tigers | US |
Houston Astros | US | Astros
Kansas City Royals | US |
Los Angeles Angels | US |
Los Angeles Dodgers | US | !Dodgers
Miami Marlins | US |
Milwaukee Brewers | US |
Minnesota Twins | US |
New York Mets | US |
New York Yankees | US | !Yankees
Oakland Athletics | US |
Philadelphia Phillies | US | Phillies
Pittsburgh Pirates | US |
San Diego Padres | US | !Padres
San Francisco Giants | US |
Seattle Mariners | US |
St. Louis Cardinals | US |
Tampa Bay Rays | US |
Texas Rangers | US |
Toronto Blue Jays | CA | Blue Jays
Washington Nationals | US |
Anaheim Ducks | US |
Boston Bruins | US | !Bruins
Buffalo Sabres | US |
Calgary Flames | CA |
Carolina Hurricanes | US |
Chicago Blackhawks | US | Blackhawks
Colorado Avalanche | US |
Columbus Blue Jackets | US |
Dallas Stars | US |
Detroit Red Wings | US | Red Wings
Edmonton Oilers | CA | !Oilers
Florida Panthers | US |
Los Angeles Kings | US |
Minnesota Wild | US |
Montreal Canadiens | CA | Canadiens; Montréal Canadiens
Nashville Predators | US |
New Jersey Devils | US |
New York Islanders | US |
New York Rangers | US |
Ottawa Senators | CA |
Philadelphia Flyers | US |
Pittsburgh Penguins | US |
San Jose Sharks | US |
Seattle Kraken | US |
Tampa Bay Lightning | US |
Toronto Maple Leafs | CA | Maple Leafs
Utah Hockey Club | US |
Vancouver Canucks | CA | Canucks
Vegas Golden Knights | US | Golden Knights
Washington Capitals | US |
Winnipeg Jets | CA |
Red Bull Racing | AT | Red Bull
Scuderia Ferrari | IT |
Mercedes-AMG Petronas | DE | Mercedes F1
McLaren | GB |
Aston Martin F1 | GB |
Alpine F1 Team | FR |
Williams Racing | GB |
Haas F1 Team | US |
Sauber | CH |
Racing Bulls | IT |
`;

/** The entries (name-list.ts listEntries says which forms stay). */
export function worldOrganizations(
  taken: Set<string>,
  countryOf: Map<string, string>,
  personWords: ReadonlySet<string>,
): GazetteerEntry[] {
  return listEntries(
    [...listRows(COMPANIES), ...listRows(INSTITUTIONS), ...listRows(SPORT)],
    "Organization",
    "organization",
    { taken, countryOf, personWords },
  );
}

export const WORLD_ORGANIZATIONS_SOURCES =
  "Generated by scripts/build-gazetteer.ts (scripts/world-organizations.ts): listed companies, central banks, exchanges, agencies, NGOs, sports bodies and clubs chosen by index, league and membership (general knowledge); one-word forms that are English words left out unless marked.";
