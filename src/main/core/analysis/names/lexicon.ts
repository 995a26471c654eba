/**
 * The words news copy names people, organisations and places with. Lists, not a model: each
 * entry is a cue a reporter would recognize, and each list can be read and corrected.
 */

const set = (words: string) => new Set(words.split('|'));

/** Before a person's name: "Ms. Okafor", "Dr. Ruiz", "Sen. Hale", "Chief Justice Amato". */
export const HONORIFICS = set(
  'Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mx.|Dr.|Dr|Prof.|Professor|Corporator|Cllr|Cllr.|Councilmember|Alderperson|Trustee|Assemblymember|Sir|Dame|Lord|Lady|Rev.|Reverend|Fr.|Father|Sister|Brother|Imam|Rabbi|Pastor|Bishop|Archbishop|Cardinal|Pope|' +
    'Sen.|Senator|Rep.|Representative|Gov.|Governor|Lt.|Gen.|General|Col.|Colonel|Capt.|Captain|Maj.|Major|Sgt.|Sergeant|Cpl.|Det.|Detective|Insp.|Inspector|Supt.|Superintendent|Const.|Constable|Officer|' +
    'Chief|Justice|Judge|President|Vice-President|Premier|Minister|Mayor|Deputy|Councillor|Councilor|Alderman|Commissioner|Sheriff|Secretary|Chancellor|Speaker|Ambassador|' +
    'King|Queen|Prince|Princess|Chair|Chairman|Chairwoman|Chairperson|Director|Coach|Nurse|Dean|Attorney|Auditor|Ombudsman|Ombudsperson|MP|MPP|MLA|MEP',
);

/** The honorifics that are not also ordinary capitalized words at the head of an organisation's name. */
export const PERSON_ONLY_HONORIFICS = set('Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mx.|Dr.|Dr|Prof.|Sen.|Rep.|Gov.|Lt.|Gen.|Col.|Capt.|Maj.|Sgt.|Cpl.|Det.|Insp.|Supt.|Const.|Rev.|Fr.|Sir|Dame');

/** Last words of organisations' names. */
export const ORGANISATION_ENDINGS = set(
  'Inc.|Inc|Incorporated|Corp.|Corp|Corporation|Co.|Company|Companies|LLC|L.L.C.|Ltd.|Ltd|Limited|PLC|Plc|plc|GmbH|AG|SA|S.A.|NV|N.V.|LLP|LP|Pty|SE|' +
    'Group|Holdings|Partners|Partnership|Associates|Agency|Authority|Commission|Committee|Council|Department|Ministry|Office|Bureau|Board|Service|Services|Secretariat|Directorate|Administration|' +
    'Institute|Institution|University|College|School|Academy|Hospital|Clinic|Foundation|Fund|Trust|Association|Society|Union|Federation|Coalition|Alliance|League|Network|Party|Caucus|' +
    'Court|Tribunal|Parliament|Senate|Congress|Assembly|Legislature|Cabinet|Police|Army|Navy|Guard|Forces|Force|Bank|Exchange|Capital|Ventures|Systems|Technologies|Technology|Tech|' +
    'Labs|Laboratories|Solutions|Industries|Enterprises|Energy|Power|Utilities|Pharmaceuticals|Pharma|Therapeutics|Airlines|Airways|Motors|Logistics|Consulting|Media|Press|News|Times|Post|' +
    'Herald|Journal|Ledger|Gazette|Tribune|Chronicle|Observer|Telegraph|Guardian|Standard|Examiner|Courier|Dispatch|Review|Magazine|Inquirer|Enquirer|Mail|Express|Mirror|Globe|Register|Record|Bulletin|Advertiser|Monitor|Sentinel|Recorder|Wire|Newswire|Daily|Weekly|System|Systems|Centers|Centres|Riverhawks|Broadcasting|Radio|Television|Studios|Records|' +
    'Centre|Center|Museum|Library|Church|Diocese|Mosque|Synagogue|Temple|Club|FC|Commons|Lords|Council|Cooperative|Co-operative|Mills|Elementary|Pharmacy|Watch|Research|Pvt.|Bakery|Restaurant|Hotel|Supermarket|Farms|Dairy|Brewery|Studio|Gallery|Theatre|Theater|Foods|Brands|Stores|Markets|Insurance|Securities|Advisors|Advisers|Management|Investments',
);

/** First words of organisations' names when "of" follows: "Department of Justice", "University of Lagos". */
export const ORGANISATION_HEADS = set(
  'Department|Ministry|University|Bank|Office|Bureau|Court|Commission|Board|Institute|College|School|Agency|Council|House|Chamber|Church|Federation|Union|Association|Society|Government|Province|City|Town|Port|State|Secretary|Center|Centre|Centers|Centres|Friends|Coalition|Alliance|League|Committee|Party|Fund|Foundation|Organization|Organisation',
);

/**
 * Words of a public body's remit, between a title and a name: "Minister of Border Security
 * Lucienne Arsenault", "DEQ Executive Director Nadia Karimova".
 */
export const ROLE_WORDS = set(
  'Member|Councilmember|Councillor|Councilor|Alderman|Trustee|Delegate|Legislator|Cllr|Auditor|Director|Minister|Secretary|Commissioner|Executive|Officer|Chair|Chairman|Chairwoman|Chairperson|President|Vice|Manager|Spokesperson|Spokeswoman|Spokesman|Superintendent|Chief|Judge|Justice|Administrator|Coordinator|Coroner|Prosecutor|Attorney|Solicitor|Counsel|Treasurer|Controller|Comptroller|Clerk|Registrar|Inspector|Commander|Founder|Co-founder|Partner|Analyst|Editor|Reporter|Correspondent|Officer|Leader|Head|Deputy|Assistant|Acting|Interim|Senior|General|Associate|Managing|Principal|Lead|Medical|' +
    'Security|Health|Affairs|Safety|Finance|Justice|Defence|Defense|Education|Environment|Environmental|Quality|Transport|Transportation|Energy|Labour|Labor|Immigration|Commerce|Agriculture|Housing|Development|Resources|Protection|Works|Operations|Communications|Policy|Planning|Procurement|Technology|Innovation|Trade|Industry|Infrastructure|Services|Council|Board|County|City|State|Federal|Provincial|Municipal|National|Regional|Public',
);

/** One word that names an institution when capitalized inside a sentence. */
export const INSTITUTIONS = set('Parliament|Senate|Congress|Cabinet|Pentagon|Kremlin|Treasury|Legislature|Interpol|Europol|NATO|Commons');

/** Endings a possessive may run into and still be one name: "St. Aldric’s Hospital". */
export const POSSESSIVE_NAME_ENDINGS = set('Hospital|Church|Cathedral|School|College|University|Park|Square|Street|Bay|Island|Inn|Bar|Pub|Restaurant');

/** Words that end a place's name: "Main Street", "Harbour Bridge", "Lake Ontario", "Cook County". */
export const PLACE_ENDINGS = set(
  'Street|St.|Avenue|Ave.|Road|Rd.|Hall|Hill|Hills|Pike|Way|Creek|Fork|Bayou|Point|Gap|Ridge|Square|Market|Wharf|Pier|Dam|Canal|Forest|Reserve|Estate|Boulevard|Blvd.|Lane|Drive|Square|Plaza|Park|Bridge|Harbour|Harbor|Bay|Port|River|Lake|Mountain|Mountains|Island|Islands|Valley|County|Province|State|Region|District|Township|Borough|Heights|Falls|Beach|Coast|Peninsula|Highway|Airport|Station',
);

/** Capitalized at a sentence's start but names nothing. */
export const SENTENCE_STARTERS = set(
  'The|A|An|In|On|At|By|For|From|To|With|Without|But|And|Or|Nor|As|If|When|While|After|Before|Since|Until|Although|Though|Because|Despite|During|Under|Over|Among|Between|Into|About|Against|Through|Like|Unlike|Also|' +
    'This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|My|Your|Some|Many|Most|All|Both|Each|Every|Any|No|Not|None|Yet|So|Still|Then|There|Here|What|Who|Whom|Whose|Which|Why|How|Where|' +
    'One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Last|Next|Other|Others|Another|Such|Only|Even|Just|Now|Today|Yesterday|Tomorrow|However|Meanwhile|Instead|Indeed|Still|Asked|' +
    'Officials|Critics|Residents|Workers|Employees|Staff|Lawyers|Police|Investigators|Documents|Records|Emails|Sources|Analysts|Experts|Supporters|Opponents|Neither|Either|Several|Few|More|Less|Much|Photo|Credit|Read|Update|Correction|Editor|Note|Related|Advertisement|Subscribe|Share|Watch|Listen|Please|Yes|Thanks|Thank|Sorry|Please|According',
);

/** Capitalized words that are not names: months, weekdays, and the like. */
export const NEVER_NAMES = set(
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|' +
    'Christmas|Easter|Thanksgiving|Ramadan|Eid|Diwali|Hanukkah|Passover|Halloween|Eve|' +
    'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|' +
    'SOURCE|CONTACT|ENDS|MEDIA|NOTE|UPDATE|EXCLUSIVE|BREAKING|' +
    'I|I’m|I’ve|I’d|I’ll|OK|Okay|Internet|Web|Covid|COVID|COVID-19|AM|PM|a.m.|p.m.|CEO|CFO|COO|CTO|CIO|GDP|AI|ID|PDF|HR|IT|PR|TV|FAQ|Q&A|PhD|MBA|NDA|RFP|LGBTQ|GPS|USB|URL|DNA|ICU|ER|IPO|M&A|ESG|VAT|GST|HST',
);

/** Organisation's first words too common to stand for it alone ("National" is not "National Grid"). */
export const GENERIC_FIRST_WORDS = set(
  'National|Federal|United|First|New|American|Canadian|British|Royal|General|Global|International|Central|Northern|Southern|Eastern|Western|North|South|East|West|Great|Greater|Public|Social|Supreme|State|City|Metropolitan|Regional|Provincial|Municipal|Community|Citizens|People|Peoples|Independent|Democratic|Liberal|Conservative|Labour|Green|Progressive|Saint|St.|Department|Ministry|University|Bank|Office|Bureau|Court|Board|Institute|College|School|Agency|Council|House',
);

/** Words that join the capitalized words of one name: particles of surnames, and "of" in organisations. */
export const NAME_PARTICLES = set('de|da|di|du|del|della|der|den|van|von|bin|binti|ibn|al|el|la|le|dos|das|do|y|ter|ten|zu|af|ap|mac|Mac');
export const ORGANISATION_JOINERS = set('of|for|and|&|the|de|du|des|la|le');
