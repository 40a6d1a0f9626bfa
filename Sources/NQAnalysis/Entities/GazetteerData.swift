// The gazetteer: countries (with their common other names and demonyms), capitals and large cities,
// regions, major international organisations and their acronyms, and common given names.
// Source and licence: see README.md beside this file (facts compiled for nq; CC0 1.0).
// Format: one entry a line, tab-separated: kind, canonical name, aliases (|), demonyms (|).

enum GazetteerData {
    static let tsv = """
# kind	canonical	aliases (|)	demonyms (|)
country	Afghanistan		Afghan
country	Albania		Albanian
country	Algeria		Algerian
country	Andorra		Andorran
country	Angola		Angolan
country	Argentina		Argentine|Argentinian
country	Armenia		Armenian
country	Australia		Australian
country	Austria		Austrian
country	Azerbaijan		Azerbaijani
country	Bahamas	The Bahamas	Bahamian
country	Bahrain		Bahraini
country	Bangladesh		Bangladeshi
country	Barbados		Barbadian
country	Belarus		Belarusian
country	Belgium		Belgian
country	Belize		Belizean
country	Benin		Beninese
country	Bhutan		Bhutanese
country	Bolivia		Bolivian
country	Bosnia and Herzegovina	Bosnia	Bosnian
country	Botswana		Botswanan
country	Brazil		Brazilian
country	Brunei		Bruneian
country	Bulgaria		Bulgarian
country	Burkina Faso		Burkinabe
country	Burundi		Burundian
country	Cambodia		Cambodian
country	Cameroon		Cameroonian
country	Canada		Canadian
country	Cape Verde	Cabo Verde	Cape Verdean
country	Central African Republic		
country	Chad		Chadian
country	Chile		Chilean
country	China	People's Republic of China|PRC	Chinese
country	Colombia		Colombian
country	Comoros		Comorian
country	Democratic Republic of the Congo	DR Congo|DRC	Congolese
country	Republic of the Congo	Congo-Brazzaville	
country	Costa Rica		Costa Rican
country	Croatia		Croatian
country	Cuba		Cuban
country	Cyprus		Cypriot
country	Czech Republic	Czechia	Czech
country	Denmark		Danish|Dane
country	Djibouti		Djiboutian
country	Dominica		
country	Dominican Republic		Dominican
country	Ecuador		Ecuadorian
country	Egypt		Egyptian
country	El Salvador		Salvadoran
country	Equatorial Guinea		
country	Eritrea		Eritrean
country	Estonia		Estonian
country	Eswatini	Swaziland	
country	Ethiopia		Ethiopian
country	Fiji		Fijian
country	Finland		Finnish
country	France		French|Frenchman|Frenchwoman
country	Gabon		Gabonese
country	Gambia	The Gambia	Gambian
country	Georgia		Georgian
country	Germany		German
country	Ghana		Ghanaian
country	Greece		Greek
country	Grenada		
country	Guatemala		Guatemalan
country	Guinea		Guinean
country	Guinea-Bissau		
country	Guyana		Guyanese
country	Haiti		Haitian
country	Honduras		Honduran
country	Hungary		Hungarian
country	Iceland		Icelandic
country	India		Indian
country	Indonesia		Indonesian
country	Iran		Iranian
country	Iraq		Iraqi
country	Ireland	Republic of Ireland	Irish|Irishman|Irishwoman
country	Israel		Israeli
country	Italy		Italian
country	Ivory Coast	Côte d'Ivoire	Ivorian
country	Jamaica		Jamaican
country	Japan		Japanese
country	Jordan		Jordanian
country	Kazakhstan		Kazakh
country	Kenya		Kenyan
country	Kiribati		
country	Kosovo		Kosovar
country	Kuwait		Kuwaiti
country	Kyrgyzstan		Kyrgyz
country	Laos		Lao|Laotian
country	Latvia		Latvian
country	Lebanon		Lebanese
country	Lesotho		
country	Liberia		Liberian
country	Libya		Libyan
country	Liechtenstein		
country	Lithuania		Lithuanian
country	Luxembourg		
country	Madagascar		Malagasy
country	Malawi		Malawian
country	Malaysia		Malaysian
country	Maldives		Maldivian
country	Mali		Malian
country	Malta		Maltese
country	Marshall Islands		
country	Mauritania		Mauritanian
country	Mauritius		Mauritian
country	Mexico		Mexican
country	Micronesia		
country	Moldova		Moldovan
country	Monaco		
country	Mongolia		Mongolian
country	Montenegro		Montenegrin
country	Morocco		Moroccan
country	Mozambique		Mozambican
country	Myanmar	Burma	Burmese
country	Namibia		Namibian
country	Nauru		
country	Nepal		Nepalese|Nepali
country	Netherlands	Holland|the Netherlands	Dutch|Dutchman|Dutchwoman
country	New Zealand		New Zealander
country	Nicaragua		Nicaraguan
country	Niger		Nigerien
country	Nigeria		Nigerian
country	North Korea	Democratic People's Republic of Korea|DPRK	North Korean
country	North Macedonia	Macedonia	Macedonian
country	Norway		Norwegian
country	Oman		Omani
country	Pakistan		Pakistani
country	Palau		
country	Palestine	Palestinian territories	Palestinian
country	Panama		Panamanian
country	Papua New Guinea		
country	Paraguay		Paraguayan
country	Peru		Peruvian
country	Philippines	The Philippines	Philippine|Filipino
country	Poland		Polish|Pole
country	Portugal		Portuguese
country	Qatar		Qatari
country	Romania		Romanian
country	Russia	Russian Federation	Russian
country	Rwanda		Rwandan
country	Saint Lucia		
country	Samoa		Samoan
country	San Marino		
country	Saudi Arabia		Saudi
country	Senegal		Senegalese
country	Serbia		Serbian
country	Seychelles		
country	Sierra Leone		
country	Singapore		Singaporean
country	Slovakia	Slovak Republic	Slovak
country	Slovenia		Slovenian|Slovene
country	Solomon Islands		
country	Somalia		Somali
country	South Africa		South African
country	South Korea	Republic of Korea|Korea	South Korean|Korean
country	South Sudan		South Sudanese
country	Spain		Spanish|Spaniard
country	Sri Lanka		Sri Lankan
country	Sudan		Sudanese
country	Suriname		
country	Sweden		Swedish|Swede
country	Switzerland		Swiss
country	Syria		Syrian
country	Taiwan		Taiwanese
country	Tajikistan		Tajik
country	Tanzania		Tanzanian
country	Thailand		Thai
country	Timor-Leste	East Timor	
country	Togo		Togolese
country	Tonga		Tongan
country	Trinidad and Tobago		
country	Tunisia		Tunisian
country	Turkey	Türkiye	Turkish|Turk
country	Turkmenistan		Turkmen
country	Tuvalu		
country	Uganda		Ugandan
country	Ukraine		Ukrainian
country	United Arab Emirates	UAE	Emirati
country	United Kingdom	UK|U.K.|U.K|Britain|Great Britain	British|Briton
country	United States	US|U.S.|U.S|USA|U.S.A.|America|United States of America	American
country	Uruguay		Uruguayan
country	Uzbekistan		Uzbek
country	Vanuatu		
country	Vatican City	Vatican|Holy See	
country	Venezuela		Venezuelan
country	Vietnam	Viet Nam	Vietnamese
country	Yemen		Yemeni
country	Zambia		Zambian
country	Zimbabwe		Zimbabwean
country	Soviet Union	USSR|U.S.S.R.	
country	Yugoslavia		Yugoslav
country	Czechoslovakia		Czechoslovak
country	East Germany		
country	West Germany		
country	England		English|Englishman|Englishwoman
country	Scotland		Scottish|Scot
country	Wales		Welsh|Welshman|Welshwoman
country	Northern Ireland		
country	Puerto Rico		Puerto Rican
country	Greenland		
country	Hong Kong		Hongkonger
country	Macau	Macao	
country	American Samoa		American Samoan
country	Crimea		Crimean
country	Kurdistan		Kurdish
country	Catalonia		Catalan
country	Tibet		Tibetan
country	Gaza	Gaza Strip	
country	West Bank		
country	Antarctica		Antarctic
city	Kabul		
city	Tirana		
city	Algiers		
city	Buenos Aires		
city	Yerevan		
city	Canberra		
city	Sydney		
city	Melbourne		
city	Brisbane		
city	Perth		
city	Vienna		
city	Baku		
city	Nassau		
city	Manama		
city	Dhaka		
city	Minsk		
city	Brussels		
city	Sarajevo		
city	Brasília		
city	Brasilia		
city	Rio de Janeiro		
city	São Paulo		
city	Sao Paulo		
city	Sofia		
city	Phnom Penh		
city	Ottawa		
city	Toronto		
city	Montreal		
city	Vancouver		
city	Calgary		
city	Santiago		
city	Beijing		
city	Shanghai		
city	Wuhan		
city	Shenzhen		
city	Guangzhou		
city	Bogotá		
city	Bogota		
city	Kinshasa		
city	Zagreb		
city	Havana		
city	Nicosia		
city	Prague		
city	Copenhagen		
city	Cairo		
city	Alexandria		
city	Tallinn		
city	Addis Ababa		
city	Helsinki		
city	Paris		
city	Marseille		
city	Lyon		
city	Nice		
city	Berlin		
city	Munich		
city	Hamburg		
city	Frankfurt		
city	Cologne		
city	Accra		
city	Athens		
city	Budapest		
city	Reykjavík		
city	Reykjavik		
city	New Delhi		
city	Delhi		
city	Mumbai		
city	Kolkata		
city	Chennai		
city	Bangalore		
city	Hyderabad		
city	Jakarta		
city	Tehran		
city	Baghdad		
city	Dublin		
city	Jerusalem		
city	Tel Aviv		
city	Rome		
city	Milan		
city	Naples		
city	Venice		
city	Florence		
city	Tokyo		
city	Osaka		
city	Amman		
city	Astana		
city	Nairobi		
city	Pristina		
city	Kuwait City		
city	Bishkek		
city	Riga		
city	Beirut		
city	Tripoli		
city	Vilnius		
city	Kuala Lumpur		
city	Valletta		
city	Mexico City		
city	Chișinău		
city	Chisinau		
city	Ulaanbaatar		
city	Podgorica		
city	Rabat		
city	Casablanca		
city	Maputo		
city	Yangon		
city	Naypyidaw		
city	Kathmandu		
city	Amsterdam		
city	Rotterdam		
city	The Hague		
city	Wellington		
city	Auckland		
city	Christchurch		
city	Abuja		
city	Lagos		
city	Pyongyang		
city	Skopje		
city	Oslo		
city	Muscat		
city	Islamabad		
city	Karachi		
city	Lahore		
city	Panama City		
city	Asunción		
city	Lima		
city	Manila		
city	Warsaw		
city	Kraków		
city	Krakow		
city	Gdańsk		
city	Gdansk		
city	Lisbon		
city	Porto		
city	Doha		
city	Bucharest		
city	Moscow		
city	Saint Petersburg		
city	St. Petersburg		
city	Kigali		
city	Riyadh		
city	Jeddah		
city	Mecca		
city	Dakar		
city	Belgrade		
city	Singapore		
city	Bratislava		
city	Ljubljana		
city	Mogadishu		
city	Pretoria		
city	Johannesburg		
city	Cape Town		
city	Durban		
city	Seoul		
city	Busan		
city	Juba		
city	Madrid		
city	Barcelona		
city	Valencia		
city	Seville		
city	Colombo		
city	Khartoum		
city	Stockholm		
city	Gothenburg		
city	Bern		
city	Geneva		
city	Zurich		
city	Zürich		
city	Basel		
city	Damascus		
city	Aleppo		
city	Taipei		
city	Dushanbe		
city	Dar es Salaam		
city	Bangkok		
city	Tunis		
city	Ankara		
city	Istanbul		
city	Izmir		
city	Ashgabat		
city	Kampala		
city	Kyiv		
city	Kiev		
city	Kharkiv		
city	Odesa		
city	Odessa		
city	Lviv		
city	Abu Dhabi		
city	Dubai		
city	London		
city	Manchester		
city	Birmingham		
city	Liverpool		
city	Leeds		
city	Glasgow		
city	Edinburgh		
city	Cardiff		
city	Belfast		
city	Washington		
city	Washington, D.C.	D.C.|Washington D.C.	
city	New York		
city	New York City		
city	Los Angeles		
city	Chicago		
city	Houston		
city	Phoenix		
city	Philadelphia		
city	San Antonio		
city	San Diego		
city	Dallas		
city	San Francisco		
city	Seattle		
city	Boston		
city	Miami		
city	Atlanta		
city	Detroit		
city	Denver		
city	Las Vegas		
city	New Orleans		
city	Minneapolis		
city	Baltimore		
city	Pittsburgh		
city	Montevideo		
city	Tashkent		
city	Caracas		
city	Hanoi		
city	Ho Chi Minh City		
city	Sanaa		
city	Lusaka		
city	Harare		
city	Kyoto		
city	Hiroshima		
city	Nagasaki		
city	Quebec City		
city	Edmonton		
city	Winnipeg		
city	Halifax		
city	Guadalajara		
city	Monterrey		
city	Tijuana		
city	Lhasa		
city	Donetsk		
city	Luhansk		
city	Sevastopol		
city	Mariupol		
city	Grozny		
city	Tbilisi		
city	Chelyabinsk		
city	Magnitogorsk		
city	Novosibirsk		
city	Yekaterinburg		
city	Kazan		
city	Vladivostok		
city	Hong Kong		
city	Macau		
city	Mosul		
city	Basra		
city	Erbil		
city	Kandahar		
city	Herat		
city	Benghazi		
city	Aden		
city	Gaza City		
city	Ramallah		
city	Haifa		
city	Beersheba		
city	Luxembourg City		
city	Monaco		
city	Andorra la Vella		
city	Vaduz		
city	San Marino		
city	Brno		
city	Wrocław		
city	Poznań		
city	Łódź		
city	Salzburg		
city	Innsbruck		
city	Graz		
city	Antwerp		
city	Ghent		
city	Bruges		
city	Porto Alegre		
city	Salvador		
city	Recife		
city	Medellín		
city	Cali		
city	Quito		
city	Guayaquil		
city	La Paz		
city	Santa Cruz		
city	Valparaíso		
city	Córdoba		
city	Rosario		
city	Kano		
city	Ibadan		
city	Port Harcourt		
city	Mombasa		
city	Kisumu		
city	Luanda		
city	Windhoek		
city	Gaborone		
city	Bulawayo		
city	Antananarivo		
city	Port Louis		
city	Kingston		
city	Port-au-Prince		
city	Santo Domingo		
city	San Juan		
city	Bridgetown		
city	Port of Spain		
city	Honolulu		
city	Anchorage		
city	Sacramento		
city	Austin		
city	Nashville		
city	Portland		
city	Orlando		
city	Tampa		
city	Charlotte		
city	Indianapolis		
city	Columbus		
city	Cleveland		
city	Cincinnati		
city	Kansas City		
city	St. Louis		
city	Milwaukee		
city	Salt Lake City		
city	Albuquerque		
city	Tucson		
city	El Paso		
city	Oklahoma City		
city	Memphis		
city	Louisville		
city	Richmond		
city	Raleigh		
city	Buffalo		
city	Newark		
city	Jersey City		
city	Oakland		
city	San Jose		
city	Fresno		
city	Long Beach		
city	Mesa		
city	Omaha		
city	Tulsa		
city	Wichita		
city	Arlington		
city	Kenosha		
city	Dayton		
city	Brooklyn		
city	Manhattan		
city	Queens		
city	Bronx		
city	Staten Island		
region	Alabama		
region	Alaska		
region	Arizona		
region	Arkansas		
region	California		
region	Colorado		
region	Connecticut		
region	Delaware		
region	Florida		
region	Hawaii		
region	Idaho		
region	Illinois		
region	Indiana		
region	Iowa		
region	Kansas		
region	Kentucky		
region	Louisiana		
region	Maine		
region	Maryland		
region	Massachusetts		
region	Michigan		
region	Minnesota		
region	Mississippi		
region	Missouri		
region	Montana		
region	Nebraska		
region	Nevada		
region	New Hampshire		
region	New Jersey		
region	New Mexico		
region	North Carolina		
region	North Dakota		
region	Ohio		
region	Oklahoma		
region	Oregon		
region	Pennsylvania		
region	Rhode Island		
region	South Carolina		
region	South Dakota		
region	Tennessee		
region	Texas		
region	Utah		
region	Vermont		
region	Virginia		
region	West Virginia		
region	Wisconsin		
region	Wyoming		
region	Ontario		
region	Quebec		
region	British Columbia		
region	Alberta		
region	Manitoba		
region	Saskatchewan		
region	Nova Scotia		
region	New Brunswick		
region	Newfoundland		
region	Queensland		
region	New South Wales		
region	Victoria		
region	Tasmania		
region	Western Australia		
region	South Australia		
region	Bavaria		
region	Saxony		
region	Siberia		
region	Chechnya		
region	Dagestan		
region	Kashmir		
region	Punjab		
region	Bengal		
region	Kerala		
region	Tamil Nadu		
region	Uttar Pradesh		
region	Maharashtra		
region	Gujarat		
region	Assam		
region	Telangana		
region	Xinjiang		
region	Guangdong		
region	Hubei		
region	Sichuan		
region	Mindanao		
region	Luzon		
region	Bali		
region	Java		
region	Sumatra		
region	Borneo		
region	Sicily		
region	Sardinia		
region	Corsica		
region	Lombardy		
region	Tuscany		
region	Andalusia		
region	Flanders		
region	Wallonia		
region	Donbas		
region	Donbass		
region	Idlib		
region	Darfur		
region	Tigray		
region	Balochistan		
region	Sindh		
region	Patagonia		
region	Amazon rainforest	Amazon River|Amazon basin|Amazon Basin|Amazon jungle|Amazon region|Amazon Rainforest	
region	Amazonia		
region	Sahara		
region	Sahel		
region	Balkans		
region	Caucasus		
region	Middle East		
region	Europe		
region	Asia		
region	Africa		
region	North America		
region	South America		
region	Latin America		
region	Central America		
region	Oceania		
region	Arctic		
region	Scandinavia		
region	Caribbean		
region	Mediterranean		
region	Baltic		
region	Gulf		
region	Persian Gulf		
region	Pacific		
region	Atlantic		
region	Indian Ocean		
region	Pacific Ocean		
region	Atlantic Ocean		
region	Black Sea		
region	Red Sea		
region	South China Sea		
region	Aegean Sea		
region	North Sea		
region	Baltic Sea		
region	Caspian Sea		
region	Mediterranean Sea		
region	Arabian Sea		
region	Gulf of Mexico		
region	Himalayas		
region	Alps		
region	Andes		
region	Ural		
region	Urals		
region	Yorkshire		
region	Cornwall		
region	Kent		
region	Essex		
region	Surrey		
region	Lancashire		
region	Gwynedd		
region	Waterloo		
region	Westminster		
region	Silicon Valley		
region	Midwest		
region	New England		
region	Gulf Coast		
region	West Coast		
region	East Coast		
region	Bethesda		
region	Capitol Hill		
organization	NATO	North Atlantic Treaty Organization	
organization	United Nations	UN|U.N.	
organization	European Union	EU	
organization	World Health Organization	WHO	
organization	Organization for Security and Co-operation in Europe	OSCE	
organization	International Monetary Fund	IMF	
organization	World Bank		
organization	World Trade Organization	WTO	
organization	European Commission		
organization	European Parliament		
organization	European Council		
organization	European Central Bank	ECB	
organization	Council of Europe		
organization	African Union	AU	
organization	Association of Southeast Asian Nations	ASEAN	
organization	Organization of American States	OAS	
organization	Arab League		
organization	Group of Seven	G7|G-7	
organization	Group of Twenty	G20|G-20	
organization	Organization of the Petroleum Exporting Countries	OPEC	
organization	International Atomic Energy Agency	IAEA	
organization	International Criminal Court	ICC	
organization	International Court of Justice	ICJ	
organization	European Court of Justice	ECJ	
organization	European Court of Human Rights	ECHR	
organization	United Nations Security Council	UN Security Council|Security Council|UNSC	
organization	United Nations General Assembly	UN General Assembly|General Assembly|UNGA	
organization	UNICEF		
organization	UNESCO		
organization	United Nations High Commissioner for Refugees	UNHCR	
organization	World Food Programme	WFP	
organization	Red Cross	International Committee of the Red Cross|ICRC	
organization	Amnesty International		
organization	Human Rights Watch		
organization	Médecins Sans Frontières	Doctors Without Borders|MSF	
organization	Greenpeace		
organization	International Olympic Committee	IOC	
organization	FIFA		
organization	UEFA		
organization	Interpol		
organization	Europol		
organization	Federal Bureau of Investigation	FBI	
organization	Central Intelligence Agency	CIA	
organization	National Security Agency	NSA	
organization	Centers for Disease Control and Prevention	CDC	
organization	Food and Drug Administration	FDA	
organization	National Aeronautics and Space Administration	NASA	
organization	European Space Agency	ESA	
organization	Federal Emergency Management Agency	FEMA	
organization	Environmental Protection Agency	EPA	
organization	Department of Justice	Justice Department|DOJ	
organization	State Department	Department of State|US State Department|U.S. State Department	
organization	Department of Defense	Pentagon|DoD	
organization	Department of Homeland Security	DHS|Homeland Security|Homeland Security Department	
organization	Homeland Security Investigations	HSI	
organization	Customs and Border Protection	CBP|U.S. Customs and Border Protection|US Customs and Border Protection|Border Patrol|U.S. Border Patrol	
organization	Immigration and Customs Enforcement	ICE|U.S. Immigration and Customs Enforcement	
organization	White House		
organization	Kremlin		
organization	Congress	United States Congress|US Congress|U.S. Congress	
organization	Senate	United States Senate|US Senate|U.S. Senate	
organization	House of Representatives	US House of Representatives|U.S. House of Representatives	
organization	Supreme Court		
organization	House of Commons		
organization	House of Lords		
organization	Parliament		
organization	Bundestag		
organization	Knesset		
organization	Duma	State Duma	
organization	Democratic Party	Democrats	
organization	Republican Party	Republicans|GOP	
organization	Labour Party	Labour	
organization	Conservative Party	Conservatives|Tories	
organization	Liberal Democrats	Lib Dems	
organization	Greens		
organization	Free Democrats		
organization	Christian Democrats		
organization	Social Democrats		
organization	Scottish National Party	SNP	
organization	Chinese Communist Party	Communist Party of China|CCP	
organization	Federal Security Service	FSB	
organization	Taliban		
organization	Islamic State	ISIS|ISIL|Daesh	
organization	Al-Qaeda	al-Qaeda|Al Qaeda	
organization	Hamas		
organization	Hezbollah		
organization	Reuters		
organization	Associated Press	AP	
organization	Agence France-Presse	AFP	
organization	BBC	British Broadcasting Corporation	
organization	CNN		
organization	NBC	NBC News	
organization	CBS	CBS News	
organization	ABC News		
organization	Fox News		
organization	MSNBC		
organization	The New York Times	New York Times	
organization	The Washington Post	Washington Post	
organization	The Guardian	Guardian	
organization	The Wall Street Journal	Wall Street Journal	
organization	Bloomberg		
organization	Al Jazeera		
organization	TASS		
organization	Xinhua		
organization	Wikinews		
organization	Wikipedia		
organization	Google		
organization	Facebook		
organization	Twitter		
organization	Apple		
organization	Microsoft		
organization	Amazon	Amazon.com	
organization	Tesla		
organization	SpaceX		
organization	Boeing		
organization	Airbus		
organization	Huawei		
organization	National Basketball Association	NBA	
organization	National Football League	NFL	
organization	Major League Baseball	MLB	
organization	National Hockey League	NHL	
organization	Johns Hopkins University		
organization	Harvard University	Harvard	
organization	Oxford University	University of Oxford	
organization	Cambridge University	University of Cambridge	
organization	Red Hat		
organization	IBM		
organization	Intel		
organization	Samsung		
organization	Sony		
organization	Netflix		
organization	Uber		
organization	Meta		
organization	Instagram		
organization	YouTube		
organization	TikTok		
organization	WhatsApp		
organization	LinkedIn		
organization	Reddit		
organization	Wikimedia Foundation		
organization	Mozilla		
organization	Linux Foundation		
organization	Canonical		
organization	Oracle		
organization	Nvidia		
organization	AMD		
organization	Alibaba		
organization	Tencent		
organization	Toyota		
organization	Volkswagen		
organization	Ford		
organization	General Motors		
organization	Pfizer		
organization	Moderna		
organization	AstraZeneca		
organization	Johnson & Johnson		
organization	Walmart		
organization	Starbucks		
organization	McDonald's		
organization	Moody's		
organization	Sainsbury's		
organization	Macy's		
organization	Kellogg's		
organization	Lloyd's		
organization	Domino's		
organization	Wendy's		
organization	Lowe's		
organization	Kohl's		
organization	Sotheby's		
organization	Christie's		
organization	Ben & Jerry's		
organization	Dunkin'		
organization	Coca-Cola		
organization	Nike		
organization	Disney		
organization	Warner Bros.		
organization	Paramount		
organization	Universal		
organization	Spotify		
organization	Zoom		
organization	Telegram		
organization	Signal		
region	Earth		
region	Moon		
region	Mars		
region	Venus		
region	Jupiter		
region	Saturn		
region	Mercury		
# More organisations (2026-12-06, the same session): stock exchanges, news outlets and agencies of more
# countries, companies, football clubs and sports bodies, security services, armed groups, think tanks and
# charities, universities, parties often in the news. Left out: names that are also words or places
# (Target, Visa, Orange, Puma, Vox, Liverpool, Barcelona, Chelsea), and one-word names after "The", which the
# gazetteer also knows without it (The Atlantic, The Independent, The Economist: "Independent", "Economist").
organization	Nasdaq
organization	New York Stock Exchange	NYSE
organization	London Stock Exchange
organization	Tokyo Stock Exchange
organization	Hong Kong Stock Exchange
organization	Shanghai Stock Exchange
organization	Arsenal
organization	Tottenham Hotspur	Spurs
organization	Manchester City
organization	Atlético Madrid	Atletico Madrid
organization	Inter Milan
organization	AC Milan
organization	Borussia Dortmund
organization	Ajax
organization	Benfica
organization	Galatasaray
organization	Fenerbahçe	Fenerbahce
organization	Aston Villa
organization	Newcastle United
organization	West Ham United	West Ham
organization	Everton
organization	Napoli
organization	NPR
organization	PBS
organization	Sky News
organization	ITV
organization	Le Monde
organization	Der Spiegel
organization	Financial Times
organization	Politico
organization	Axios
organization	The Telegraph	Daily Telegraph
organization	Daily Mail
organization	USA Today
organization	Los Angeles Times
organization	Chicago Tribune
organization	Newsweek
organization	BuzzFeed News
organization	HuffPost
organization	NHK
organization	Kyodo News	Kyodo
organization	Yonhap
organization	ANSA
organization	Deutsche Presse-Agentur	DPA
organization	Interfax
organization	RIA Novosti
organization	Al Arabiya
organization	CGTN
organization	Global Times
organization	South China Morning Post
organization	Times of India
organization	Haaretz
organization	The Times of Israel	Times of Israel
organization	The Straits Times	Straits Times
organization	Sydney Morning Herald
organization	CBC
organization	CTV
organization	The Globe and Mail	Globe and Mail
organization	Alphabet
organization	Adobe
organization	Salesforce
organization	Cisco
organization	Dell
organization	Hewlett-Packard
organization	Lenovo
organization	Panasonic
organization	Foxconn
organization	ASML
organization	Broadcom
organization	Micron
organization	Lyft
organization	DoorDash
organization	Shopify
organization	Pinterest
organization	American Express
organization	BNP Paribas
organization	Société Générale
organization	Allianz
organization	Nomura
organization	SoftBank
organization	Mitsubishi
organization	Renault
organization	Peugeot
organization	Ferrari
organization	Porsche
organization	Audi
organization	Volvo
organization	Kia
organization	Tata Group
organization	Reliance Industries
organization	Infosys
organization	Adani Group
organization	Emirates
organization	Qatar Airways
organization	Lufthansa
organization	Air France
organization	British Airways
organization	Ryanair
organization	easyJet
organization	Delta Air Lines
organization	United Airlines
organization	American Airlines
organization	Southwest Airlines
organization	Qantas
organization	Singapore Airlines
organization	Cathay Pacific
organization	Aeroflot
organization	FedEx
organization	DHL
organization	Maersk
organization	Glencore
organization	Rio Tinto
organization	BHP
organization	ArcelorMittal
organization	Bayer
organization	BASF
organization	GSK	GlaxoSmithKline
organization	Sanofi
organization	Novo Nordisk
organization	Eli Lilly
organization	AbbVie
organization	Procter & Gamble
organization	Danone
organization	L'Oréal
organization	LVMH
organization	Gucci
organization	Adidas
organization	Costco
organization	Home Depot
organization	Tesco
organization	Carrefour
organization	Aldi
organization	Lidl
organization	JD.com
organization	Temu
organization	Shein
organization	Rakuten
organization	Yandex
organization	Sberbank
organization	Wagner Group
organization	Rosatom
organization	Roscosmos
organization	Raytheon
organization	Northrop Grumman
organization	General Dynamics
organization	BAE Systems
organization	Rheinmetall
organization	Embraer
organization	Bombardier
organization	Rolls-Royce
organization	Vodafone
organization	Deutsche Telekom
organization	Verizon
organization	AT&T
organization	T-Mobile
organization	Comcast
organization	News Corp
organization	Activision Blizzard
organization	Electronic Arts
organization	Epic Games
organization	Ubisoft
organization	Met Office
organization	Metropolitan Police	Met Police
organization	Scotland Yard
organization	MI5
organization	MI6
organization	GCHQ
organization	Mossad
organization	Shin Bet
organization	Islamic Revolutionary Guard Corps	IRGC|Revolutionary Guards
organization	Boko Haram
organization	Al-Shabaab	al-Shabab
organization	PKK	Kurdistan Workers' Party
organization	Muslim Brotherhood
organization	Fatah
organization	Palestinian Authority
organization	UNRWA
organization	OECD	Organisation for Economic Co-operation and Development
organization	BRICS
organization	Gulf Cooperation Council
organization	Shanghai Cooperation Organisation
organization	NAACP
organization	ACLU	American Civil Liberties Union
organization	Planned Parenthood
organization	National Rifle Association	NRA
organization	Southern Poverty Law Center
organization	Heritage Foundation
organization	Brookings Institution
organization	RAND Corporation
organization	Pew Research Center
organization	Gallup
organization	YouGov
organization	Ipsos
organization	Transparency International
organization	Reporters Without Borders
organization	Committee to Protect Journalists
organization	Oxfam
organization	Save the Children
organization	World Wildlife Fund	WWF
organization	UN Human Rights Council	United Nations Human Rights Council
organization	International Energy Agency
organization	ISRO	Indian Space Research Organisation
organization	JAXA
organization	CERN
organization	MIT	Massachusetts Institute of Technology
organization	Stanford University
organization	Yale University
organization	Princeton University
organization	Columbia University
organization	UCLA
organization	Imperial College London
organization	London School of Economics
organization	University College London
organization	ETH Zurich
organization	Tsinghua University
organization	Peking University
organization	University of Tokyo
organization	Max Planck Society
organization	NCAA
organization	Premier League
organization	La Liga
organization	Serie A
organization	Bundesliga
organization	International Cricket Council
organization	World Athletics
organization	PGA Tour
organization	LIV Golf
organization	NASCAR
organization	UFC
organization	WWE
organization	Bharatiya Janata Party	BJP
organization	Indian National Congress
organization	Likud
organization	Fidesz
organization	Alternative for Germany	AfD
organization	National Rally
organization	Sinn Féin	Sinn Fein
organization	Democratic Unionist Party	DUP
organization	Reform UK
organization	Pakistan Tehreek-e-Insaf	PTI
organization	African National Congress	ANC
organization	ZANU-PF
organization	United Russia
organization	Kuomintang	KMT
organization	Sweden Democrats
organization	Five Star Movement
organization	Brothers of Italy
# More places (2026-12-06): the territories of ISO 3166-1 the list above lacked; cities of some 200,000
# people and more, and towns often in the news, of every continent; regions, provinces, counties, islands,
# rivers, seas, straits, mountains and deserts, by their English names. Left out: places whose name is as
# often a person's, a word (in English or German) or an institution's (Lincoln, Darwin, Hamilton, Reading, Mobile,
# Essen, Princeton).
country	Aruba
country	Anguilla
country	Åland Islands	Aland Islands
country	Antigua and Barbuda	Antigua
country	Bermuda		Bermudian
country	Curaçao	Curacao
country	Cayman Islands
country	Western Sahara
country	Falkland Islands	Falklands
country	Faroe Islands	Faroes
country	Guernsey
country	Gibraltar
country	Guadeloupe
country	French Guiana
country	Guam
country	Isle of Man
country	Jersey
country	Saint Kitts and Nevis	St Kitts and Nevis
country	Northern Mariana Islands
country	Montserrat
country	Martinique
country	Mayotte
country	New Caledonia
country	Niue
country	Pitcairn Islands
country	French Polynesia
country	Réunion
country	Saint Helena
country	Svalbard
country	Saint Pierre and Miquelon
country	Sint Maarten
country	Turks and Caicos Islands
country	Tokelau
country	Saint Vincent and the Grenadines
country	British Virgin Islands
country	US Virgin Islands	U.S. Virgin Islands
country	Wallis and Futuna
country	Cook Islands
country	Saint Barthélemy	St. Barts
city	Sheffield
city	Bristol
city	Leicester
city	Nottingham
city	Newcastle	Newcastle upon Tyne
city	Southampton
city	Portsmouth
city	Plymouth
city	Brighton
city	Coventry
city	Stoke-on-Trent
city	Wolverhampton
city	Sunderland
city	Oxford
city	Cambridge
city	York
city	Aberdeen
city	Dundee
city	Inverness
city	Swansea
city	Exeter
city	Norwich
city	Canterbury
city	Milton Keynes
city	Luton
city	Salford
city	Blackpool
city	Middlesbrough
city	Stockport
city	Wigan
city	Huddersfield
city	Worcester
city	Gloucester
city	Ipswich
city	Colchester
city	Chelmsford
city	Derry	Londonderry
city	Salisbury
city	Cork
city	Limerick
city	Galway
city	Waterford
city	Kilkenny
city	Toulouse
city	Bordeaux
city	Lille
city	Strasbourg
city	Nantes
city	Montpellier
city	Rennes
city	Grenoble
city	Reims
city	Le Havre
city	Toulon
city	Dijon
city	Angers
city	Calais
city	Cannes
city	Avignon
city	Versailles
city	Rouen
city	Metz
city	Orléans	Orleans
city	Ajaccio
city	Stuttgart
city	Düsseldorf	Dusseldorf
city	Dortmund
city	Leipzig
city	Dresden
city	Hanover	Hannover
city	Nuremberg	Nürnberg
city	Bremen
city	Duisburg
city	Bochum
city	Wuppertal
city	Bielefeld
city	Bonn
city	Münster
city	Mannheim
city	Karlsruhe
city	Augsburg
city	Wiesbaden
city	Mainz
city	Heidelberg
city	Freiburg
city	Kiel
city	Rostock
city	Potsdam
city	Magdeburg
city	Erfurt
city	Aachen
city	Regensburg
city	Würzburg
city	Saarbrücken
city	Turin	Torino
city	Genoa
city	Bologna
city	Palermo
city	Verona
city	Catania
city	Trieste
city	Padua
city	Pisa
city	Parma
city	Modena
city	Siena
city	Perugia
city	Bergamo
city	Brescia
city	Messina
city	Cagliari
city	Lecce
city	Rimini
city	Ravenna
city	Salerno
city	Taranto
city	Bilbao
city	Málaga	Malaga
city	Zaragoza
city	Palma
city	Las Palmas
city	Alicante
city	Granada
city	Valladolid
city	Vigo
city	San Sebastián	San Sebastian
city	Pamplona
city	Cádiz	Cadiz
city	Salamanca
city	Coimbra
city	Braga
city	Funchal
city	Utrecht
city	Eindhoven
city	Groningen
city	Tilburg
city	Maastricht
city	Leiden
city	Haarlem
city	Delft
city	Arnhem
city	Nijmegen
city	Liège	Liege
city	Leuven
city	Charleroi
city	Namur
city	Lausanne
city	Lucerne
city	Lugano
city	Davos
city	Linz
city	Bergen
city	Trondheim
city	Stavanger
city	Tromsø	Tromso
city	Malmö	Malmo
city	Uppsala
city	Aarhus
city	Odense
city	Aalborg
city	Tampere
city	Turku
city	Espoo
city	Oulu
city	Katowice
city	Lublin
city	Szczecin
city	Bydgoszcz
city	Białystok	Bialystok
city	Rzeszów	Rzeszow
city	Ostrava
city	Plzeň	Pilsen
city	Košice	Kosice
city	Debrecen
city	Szeged
city	Cluj-Napoca	Cluj
city	Timișoara	Timisoara
city	Iași	Iasi
city	Constanța	Constanta
city	Brașov	Brasov
city	Plovdiv
city	Varna
city	Novi Sad
city	Dubrovnik
city	Rijeka
city	Mostar
city	Banja Luka
city	Srebrenica
city	Thessaloniki
city	Patras
city	Heraklion
city	Piraeus
city	Tartu
city	Kaunas
city	Dnipro
city	Zaporizhzhia
city	Kherson
city	Mykolaiv
city	Chernihiv
city	Sumy
city	Poltava
city	Bakhmut
city	Avdiivka
city	Bucha
city	Irpin
city	Kramatorsk
city	Melitopol
city	Sievierodonetsk	Severodonetsk
city	Zhytomyr
city	Vinnytsia
city	Uzhhorod
city	Chernivtsi
city	Ivano-Frankivsk
city	Ternopil
city	Lutsk
city	Rivne
city	Kropyvnytskyi
city	Makiivka
city	Horlivka
city	Simferopol
city	Kerch
city	Yalta
city	Chernobyl	Chornobyl
city	Nizhny Novgorod
city	Samara
city	Omsk
city	Rostov-on-Don	Rostov
city	Ufa
city	Krasnoyarsk
city	Perm
city	Voronezh
city	Volgograd
city	Krasnodar
city	Saratov
city	Tyumen
city	Irkutsk
city	Khabarovsk
city	Yaroslavl
city	Murmansk
city	Arkhangelsk
city	Kaliningrad
city	Sochi
city	Belgorod
city	Kursk
city	Bryansk
city	Smolensk
city	Pskov
city	Tver
city	Kaluga
city	Norilsk
city	Yakutsk
city	Makhachkala
city	Vladikavkaz
city	Gomel
city	Grodno
city	Vitebsk
city	Mogilev
city	Tiraspol
city	Batumi
city	Kutaisi
city	Gyumri
city	Stepanakert
city	Almaty
city	Shymkent
city	Karaganda
city	Samarkand
city	Bukhara
city	Bursa
city	Antalya
city	Adana
city	Gaziantep
city	Konya
city	Diyarbakır	Diyarbakir
city	Kayseri
city	Mersin
city	Trabzon
city	Eskişehir	Eskisehir
city	Samsun
city	Antakya
city	Kahramanmaraş	Kahramanmaras
city	Malatya
city	Şanlıurfa	Sanliurfa
city	Bodrum
city	Edirne
city	Homs
city	Hama
city	Latakia
city	Raqqa
city	Deir ez-Zor
city	Daraa
city	Kobani
city	Afrin
city	Palmyra
city	Tartus
city	Kirkuk
city	Najaf
city	Karbala
city	Fallujah
city	Ramadi
city	Tikrit
city	Sulaymaniyah
city	Samarra
city	Isfahan	Esfahan
city	Mashhad
city	Tabriz
city	Shiraz
city	Qom
city	Ahvaz
city	Kermanshah
city	Karaj
city	Yazd
city	Natanz
city	Bushehr
city	Medina
city	Dammam
city	Taif
city	Sharjah
city	Ajman
city	Fujairah
city	Ras al-Khaimah
city	Hodeidah
city	Taiz
city	Marib
city	Mukalla
city	Nablus
city	Hebron
city	Jenin
city	Bethlehem
city	Jericho
city	Khan Younis	Khan Yunis
city	Rafah
city	Jabalia
city	Nazareth
city	Eilat
city	Ashkelon
city	Ashdod
city	Netanya
city	Sderot
city	Sidon
city	Baalbek
city	Zarqa
city	Irbid
city	Aqaba
city	Pune
city	Ahmedabad
city	Jaipur
city	Lucknow
city	Kanpur
city	Nagpur
city	Indore
city	Bhopal
city	Patna
city	Surat
city	Vadodara
city	Ludhiana
city	Agra
city	Varanasi
city	Amritsar
city	Srinagar
city	Chandigarh
city	Kochi
city	Thiruvananthapuram
city	Coimbatore
city	Madurai
city	Visakhapatnam
city	Bhubaneswar
city	Guwahati
city	Ranchi
city	Dehradun
city	Noida
city	Gurgaon	Gurugram
city	Mysore	Mysuru
city	Bengaluru
city	Shimla
city	Jammu
city	Ayodhya
city	Bombay
city	Calcutta
city	Madras
city	Rawalpindi
city	Peshawar
city	Quetta
city	Faisalabad
city	Multan
city	Sialkot
city	Gwadar
city	Abbottabad
city	Chittagong	Chattogram
city	Khulna
city	Sylhet
city	Kandy
city	Jaffna
city	Pokhara
city	Thimphu
city	Malé
city	Jalalabad
city	Kunduz
city	Mazar-i-Sharif
city	Chongqing
city	Tianjin
city	Chengdu
city	Nanjing
city	Hangzhou
city	Xi'an	Xian
city	Suzhou
city	Harbin
city	Shenyang
city	Dalian
city	Qingdao
city	Zhengzhou
city	Changsha
city	Kunming
city	Xiamen
city	Jinan
city	Hefei
city	Fuzhou
city	Nanning
city	Ürümqi	Urumqi
city	Lanzhou
city	Taiyuan
city	Shijiazhuang
city	Nanchang
city	Guiyang
city	Hohhot
city	Dongguan
city	Foshan
city	Zhuhai
city	Ningbo
city	Wenzhou
city	Sanya
city	Kashgar
city	Changchun
city	Kaohsiung
city	Taichung
city	Tainan
city	Hsinchu
city	Yokohama
city	Nagoya
city	Sapporo
city	Kobe
city	Fukuoka
city	Sendai
city	Fukushima
city	Kamakura
city	Yokosuka
city	Incheon
city	Daegu
city	Daejeon
city	Gwangju
city	Ulsan
city	Suwon
city	Kaesong
city	Cebu
city	Davao
city	Quezon City
city	Makati
city	Zamboanga
city	Marawi
city	Iloilo
city	Baguio
city	Tacloban
city	Surabaya
city	Bandung
city	Medan
city	Semarang
city	Yogyakarta
city	Makassar
city	Denpasar
city	Banda Aceh
city	Palembang
city	Mandalay
city	Chiang Mai
city	Phuket
city	Pattaya
city	Da Nang
city	Haiphong
city	Nha Trang
city	Siem Reap
city	Vientiane
city	Luang Prabang
city	Penang
city	Johor Bahru
city	Kota Kinabalu
city	Kuching
city	Putrajaya
city	Dili
city	Bandar Seri Begawan
city	Adelaide
city	Hobart
city	Gold Coast
city	Wollongong
city	Geelong
city	Cairns
city	Townsville
city	Alice Springs
city	Fremantle
city	Ballarat
city	Bendigo
city	Launceston
city	Dunedin
city	Tauranga
city	Queenstown
city	Rotorua
city	Suva
city	Port Moresby
city	Nouméa	Noumea
city	Apia
city	Nuku'alofa
city	Honiara
city	Port Vila
city	Giza
city	Luxor
city	Aswan
city	Port Said
city	Suez
city	Sharm el-Sheikh
city	Ismailia
city	Oran
city	Annaba
city	Sfax
city	Sousse
city	Misrata
city	Sirte
city	Derna
city	Tobruk
city	Marrakesh	Marrakech
city	Fez	Fes
city	Tangier
city	Agadir
city	Omdurman
city	Port Sudan
city	El Fasher
city	Nyala
city	Asmara
city	Hargeisa
city	Kismayo
city	Dire Dawa
city	Mekelle
city	Bahir Dar
city	Gondar
city	Entebbe
city	Gulu
city	Dodoma
city	Arusha
city	Zanzibar
city	Mwanza
city	Goma
city	Bukavu
city	Lubumbashi
city	Kisangani
city	Brazzaville
city	Bangui
city	N'Djamena
city	Niamey
city	Bamako
city	Timbuktu
city	Ouagadougou
city	Abidjan
city	Yamoussoukro
city	Conakry
city	Freetown
city	Monrovia
city	Banjul
city	Bissau
city	Nouakchott
city	Lomé	Lome
city	Cotonou
city	Porto-Novo
city	Douala
city	Yaoundé	Yaounde
city	Libreville
city	Malabo
city	Kaduna
city	Maiduguri
city	Enugu
city	Benin City
city	Zaria
city	Kumasi
city	Lilongwe
city	Blantyre
city	Ndola
city	Maseru
city	Mbabane
city	Gqeberha	Port Elizabeth
city	Bloemfontein
city	Soweto
city	Pietermaritzburg
city	Stellenbosch
city	Walvis Bay
city	Beira
city	Boise
city	Spokane
city	Tacoma
city	Des Moines
city	Savannah
city	Charleston
city	Little Rock
city	Baton Rouge
city	Shreveport
city	Jacksonville
city	Tallahassee
city	Fort Lauderdale
city	West Palm Beach
city	Palm Beach
city	Key West
city	Gainesville
city	Pensacola
city	Knoxville
city	Chattanooga
city	Akron
city	Toledo
city	Grand Rapids
city	Ann Arbor
city	Lansing
city	Flint
city	Fort Wayne
city	South Bend
city	Green Bay
city	Duluth
city	Saint Paul	St. Paul
city	Fargo
city	Sioux Falls
city	Topeka
city	Springfield
city	Peoria
city	Naperville
city	Colorado Springs
city	Boulder
city	Fort Collins
city	Santa Fe
city	Reno
city	Provo
city	Billings
city	Bozeman
city	Missoula
city	Juneau
city	Fairbanks
city	Palo Alto
city	Santa Clara
city	Santa Monica
city	Santa Barbara
city	Pasadena
city	Anaheim
city	Riverside
city	Bakersfield
city	Modesto
city	Hollywood
city	Beverly Hills
city	Malibu
city	Burbank
city	Cupertino
city	Mountain View
city	Menlo Park
city	Redmond
city	Bellevue
city	Hartford
city	New Haven
city	Burlington
city	Montpelier
city	Albany
city	Syracuse
city	Rochester
city	Ithaca
city	Yonkers
city	Trenton
city	Atlantic City
city	Wilmington
city	Annapolis
city	Harrisburg
city	Scranton
city	Allentown
city	Erie
city	Norfolk
city	Virginia Beach
city	Charlottesville
city	Roanoke
city	Durham
city	Greensboro
city	Winston-Salem
city	Asheville
city	Fayetteville
city	Chapel Hill
city	Greenville
city	Myrtle Beach
city	Augusta
city	Macon
city	Huntsville
city	Tuscaloosa
city	Biloxi
city	Lubbock
city	Amarillo
city	Corpus Christi
city	Laredo
city	Brownsville
city	McAllen
city	Galveston
city	Waco
city	Plano
city	Fort Worth
city	Uvalde
city	Scottsdale
city	Tempe
city	Flagstaff
city	Yuma
city	Las Cruces
city	Hilo
city	Pearl Harbor
city	Guantánamo	Guantanamo
city	Saskatoon
city	Kitchener
city	Mississauga
city	Brampton
city	Burnaby
city	Kelowna
city	Whitehorse
city	Yellowknife
city	Iqaluit
city	Fredericton
city	Moncton
city	Charlottetown
city	Gatineau
city	Laval
city	Sherbrooke
city	Thunder Bay
city	Sudbury
city	Niagara Falls
city	Puebla
city	Cancún	Cancun
city	Acapulco
city	Oaxaca
city	Ciudad Juárez	Ciudad Juarez|Juárez|Juarez
city	Culiacán	Culiacan
city	Veracruz
city	Querétaro	Queretaro
city	Morelia
city	Mazatlán	Mazatlan
city	Hermosillo
city	Saltillo
city	Toluca
city	Tegucigalpa
city	San Pedro Sula
city	Managua
city	San Salvador
city	Guatemala City
city	Belize City
city	Maracaibo
city	Barquisimeto
city	Cartagena
city	Barranquilla
city	Bucaramanga
city	Cúcuta	Cucuta
city	Arequipa
city	Cusco	Cuzco
city	Iquitos
city	Cochabamba
city	El Alto
city	Manaus
city	Belém	Belem
city	Fortaleza
city	Curitiba
city	Belo Horizonte
city	Goiânia	Goiania
city	Campinas
city	Florianópolis	Florianopolis
city	Niterói	Niteroi
city	Mar del Plata
city	La Plata
city	Ushuaia
city	Punta Arenas
city	Antofagasta
city	Viña del Mar
city	Punta del Este
city	Santiago de Cuba
city	Montego Bay
city	Cap-Haïtien	Cap-Haitien
city	Castries
city	Roseau
city	Basseterre
city	Willemstad
city	Oranjestad
region	Anhui
region	Fujian
region	Gansu
region	Guangxi
region	Guizhou
region	Henan
region	Hebei
region	Hainan
region	Heilongjiang
region	Hunan
region	Jilin
region	Jiangsu
region	Jiangxi
region	Liaoning
region	Inner Mongolia
region	Ningxia
region	Qinghai
region	Shandong
region	Shaanxi
region	Shanxi
region	Yunnan
region	Zhejiang
region	Manchuria
region	Andhra Pradesh
region	Arunachal Pradesh
region	Bihar
region	Chhattisgarh
region	Goa
region	Haryana
region	Himachal Pradesh
region	Jharkhand
region	Jammu and Kashmir
region	Karnataka
region	Ladakh
region	Madhya Pradesh
region	Manipur
region	Meghalaya
region	Mizoram
region	Nagaland
region	Odisha	Orissa
region	Rajasthan
region	Sikkim
region	Tripura
region	Uttarakhand
region	West Bengal
region	Andaman and Nicobar Islands
region	Hokkaido
region	Honshu
region	Kyushu
region	Shikoku
region	Okinawa
region	Kanagawa
region	Aichi
region	Hyogo
region	Saitama
region	Niigata
region	Baden-Württemberg	Baden-Wurttemberg
region	Brandenburg
region	Hesse
region	Lower Saxony
region	North Rhine-Westphalia
region	Rhineland-Palatinate
region	Schleswig-Holstein
region	Saarland
region	Saxony-Anhalt
region	Thuringia
region	Mecklenburg-Vorpommern
region	Ruhr
region	Black Forest
region	Normandy
region	Provence
region	Alsace
region	Burgundy
region	Aquitaine
region	Île-de-France
region	Auvergne
region	French Riviera	Côte d'Azur
region	Dordogne
region	Piedmont
region	Veneto
region	Liguria
region	Emilia-Romagna
region	Umbria
region	Lazio
region	Abruzzo
region	Campania
region	Apulia	Puglia
region	Calabria
region	Basilicata
region	South Tyrol
region	Galicia
region	Basque Country
region	Aragon
region	Castile
region	Extremadura
region	Asturias
region	Cantabria
region	Navarre
region	Canary Islands	Canaries
region	Balearic Islands
region	Bohemia
region	Moravia
region	Silesia
region	Transylvania
region	Dalmatia
region	Istria
region	Thrace
region	Bessarabia
region	Prussia
region	Pomerania
region	Lapland
region	Karelia
region	Devon
region	Dorset
region	Somerset
region	Suffolk
region	Cumbria
region	Northumberland
region	County Durham
region	Sussex
region	East Sussex
region	West Sussex
region	Hampshire
region	Berkshire
region	Oxfordshire
region	Buckinghamshire
region	Hertfordshire
region	Cambridgeshire
region	Lincolnshire
region	Nottinghamshire
region	Derbyshire
region	Leicestershire
region	Warwickshire
region	Staffordshire
region	Shropshire
region	Cheshire
region	Merseyside
region	Greater Manchester
region	West Midlands
region	Gloucestershire
region	Wiltshire
region	Herefordshire
region	Worcestershire
region	Northamptonshire
region	Bedfordshire
region	North Yorkshire
region	West Yorkshire
region	South Yorkshire
region	East Anglia
region	Tyneside
region	Teesside
region	Isle of Wight
region	Scottish Highlands
region	Hebrides
region	Orkney
region	Shetland
region	Fife
region	Aberdeenshire
region	Lothian
region	Snowdonia
region	Lake District
region	Cotswolds
region	Pembrokeshire
region	Anglesey
region	Ulster
region	Munster
region	Leinster
region	Connacht
region	County Cork
region	County Kerry
region	Donegal
region	Wicklow
region	Appalachia
region	Deep South
region	Great Plains
region	Pacific Northwest
region	Rust Belt
region	Bible Belt
region	Sun Belt
region	Great Lakes
region	Rocky Mountains	Rockies
region	Grand Canyon
region	Yellowstone
region	Everglades
region	Mojave Desert
region	Death Valley
region	Long Island
region	Cape Cod
region	Martha's Vineyard
region	Puget Sound
region	Bay Area	San Francisco Bay Area
region	Thames
region	Danube
region	Rhine
region	Nile
region	Seine
region	Volga
region	Dnieper
region	Yangtze
region	Mekong
region	Ganges
region	Indus
region	Euphrates
region	Tigris
region	Zambezi
region	Loire
region	Elbe
region	Vistula
region	Tiber
region	Rhône
region	Potomac
region	Rio Grande
region	Crete
region	Corfu
region	Lesbos
region	Lampedusa
region	Capri
region	Ibiza
region	Mallorca	Majorca
region	Menorca
region	Tenerife
region	Gran Canaria
region	Lanzarote
region	Madeira
region	Azores
region	Sakhalin
region	Kuril Islands
region	Everest	Mount Everest
region	Kilimanjaro	Mount Kilimanjaro
region	Mont Blanc
region	Pyrenees
region	Carpathians
region	Apennines
region	Hindu Kush
region	Karakoram
region	Gobi	Gobi Desert
region	Kalahari
region	Sinai
region	Negev
region	Golan Heights	Golan
region	Nagorno-Karabakh	Karabakh
region	Transnistria
region	Abkhazia
region	South Ossetia
region	Chiapas
region	Yucatán	Yucatan
region	Baja California
region	Sonora
region	Sinaloa
region	Jalisco
region	Michoacán	Michoacan
region	Tamaulipas
region	Bahia
region	Minas Gerais
region	Paraná
region	Amazonas
region	Rio Grande do Sul
region	Santa Catarina
region	Pernambuco
region	Mato Grosso
region	Baluchistan
region	Khyber Pakhtunkhwa
region	Waziristan
region	Helmand
region	Nangarhar
region	Panjshir
region	Gilgit-Baltistan
region	Rakhine
region	Aceh
region	Papua
region	West Papua
region	Sulawesi
region	Kalimantan
region	Visayas
region	Palawan
region	Kordofan
region	Amhara
region	Oromia
region	Ogaden
region	Somaliland
region	Puntland
region	Cabo Delgado
region	Katanga
region	North Kivu
region	South Kivu
region	Ituri
region	Kasai
region	Biafra
region	Casamance
region	Maghreb
region	Horn of Africa
region	Sub-Saharan Africa
region	West Africa
region	East Africa
region	North Africa
region	Southern Africa
region	Central Asia
region	South Asia
region	Southeast Asia
region	East Asia
region	Western Europe
region	Eastern Europe
region	Central Europe
region	Northern Europe
region	Southern Europe
region	Levant
region	Anatolia
region	Arabian Peninsula
region	Korean Peninsula
region	Indochina
region	Eurasia
region	Gulf of Aden
region	Bay of Bengal
region	Strait of Hormuz
region	Bosphorus
region	Dardanelles
region	Suez Canal
region	Panama Canal
region	English Channel
region	Irish Sea
region	Adriatic	Adriatic Sea
region	Ionian Sea
region	Sea of Japan
region	East China Sea
region	Yellow Sea
region	Sea of Azov
region	Kerch Strait
region	Taiwan Strait
region	Strait of Gibraltar
region	Strait of Malacca
region	Gulf of Oman
region	Gulf of Aqaba
region	Gulf of Guinea
region	Lake Victoria
region	Lake Geneva
region	Lake Baikal
region	Lake Tahoe
region	Dead Sea
region	Sea of Galilee
region	Great Barrier Reef
region	Southern Ocean
region	Arctic Ocean
# Companies, banks and clubs often in the news (added 2026-12-05).
organization	Federal Reserve	US Federal Reserve|Fed	
organization	Bank of Japan	BOJ	
organization	People's Bank of China	PBOC	
organization	Goldman Sachs		
organization	JPMorgan Chase	JPMorgan|JP Morgan	
organization	Morgan Stanley		
organization	Citigroup	Citi	
organization	Bank of America		
organization	Wells Fargo		
organization	HSBC		
organization	Barclays		
organization	Deutsche Bank		
organization	UBS		
organization	Credit Suisse		
organization	BlackRock		
organization	Berkshire Hathaway		
organization	Shell		
organization	BP		
organization	ExxonMobil	Exxon|Exxon Mobil	
organization	Chevron		
organization	TotalEnergies		
organization	Saudi Aramco	Aramco	
organization	Gazprom		
organization	Rosneft		
organization	OpenAI		
organization	Anthropic		
organization	Xiaomi		
organization	ByteDance		
organization	Baidu		
organization	BYD		
organization	BMW		
organization	Mercedes-Benz		
organization	Stellantis		
organization	Honda		
organization	Nissan		
organization	Hyundai		
organization	Lockheed Martin		
organization	Novartis		
organization	Roche		
organization	Qualcomm		
organization	TSMC		
organization	Nintendo		
organization	Airbnb		
organization	Starlink		
organization	Nestlé	Nestle	
organization	Unilever		
organization	Siemens		
organization	IKEA	Ikea	
organization	Mastercard		
organization	PayPal		
organization	PepsiCo		
organization	Manchester United	Man United	
organization	Real Madrid		
organization	Bayern Munich		
organization	Juventus		
organization	Paris Saint-Germain	PSG	
given	Aaron Abdul Abraham Adam Adrian Ahmed Aisha Alan Albert Alberto Alejandro Alex Alexander Alexandra Alexei Alexey Ali Alice Alicia Alison Amanda Amy Ana Anastasia Andrea Andreas Andrei Andrew Andrzej Andrés Angela Angelina Ann Anna Anne Anthony Antonio Antony Ashley Barack Barbara Bashar Ben Benjamin Bernard Bernie Beth Beto Betty Bill Bob Boris Brad Brandon Brian Bruce Carl Carlos Carol Caroline Carrie Catherine Charles Charlie Chen Chris Christian Christina Christine Christopher Chuck Claire Claudia Colin Cory Craig Dan Daniel Daniela David Deborah Denis Dennis Diana Diane Dmitri Dmitry Dominic Donald Donna Doris Doug Douglas Edward Elena Eli Elizabeth Ellen Elon Emily Emma Emmanuel Eric Erik Eva Evelyn Fatima Felix Fernando Francesco Francis Francisco Frank Fred Gabriel Gary Gavin George Gerald Gina Giorgio Giuseppe Gloria Grace Greg Gregory Greta Hannah Hans Harold Harry Hassan Heather Helen Henry Hillary Hugo Ian Igor Imran Irene Isabel Ivan Jacinda Jack Jacob Jair Jamal James Jan Jane Janet Jarosław Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerry Jessica Jim Joachim Joan Joe Johan John Jonathan Jorge Jose Joseph Josh Joshua José Juan Judith Julia Julian Julie Justin Kamala Karen Karl Karsten Kate Katherine Kathleen Keith Kelly Kenneth Kevin Kim Kirsten Kyle Kyrsten Larry Laura Lauren Lawrence Lee Leo Leonid Linda Lindsey Lisa Louis Lucas Luis Lukas Luke Marco Maria Marie Mariusz Mark Martin Mary Mateusz Matt Matthew Matty Max Mehmet Melania Michael Michel Michelle Miguel Mike Mikhail Mitch Mohammad Mohammed Monika Moon Muhammad Nancy Narendra Natalia Natasha Nathan Ned Nicholas Nick Nicola Nicolas Nikolai Nina Olga Oliver Olivia Omar Oscar Pablo Pamela Patricia Patrick Paul Paula Paweł Pedro Pete Peter Philip Phillip Pierre Piotr Rachel Rafael Ralph Rand Raymond Rebecca Recep Richard Rick Robert Roberto Robin Rodrigo Roger Ron Ronald Rose Roy Russell Ruth Ryan Sadiq Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Sharon Shinzo Simon Sophie Stacey Stefan Stephanie Stephen Steve Steven Susan Tatiana Ted Teresa Theresa Thomas Tim Timothy Tina Tom Tomasz Tony Tulsi Tyler Ursula Valentina Valeria Vanessa Victor Victoria Viktor Vincent Vladimir Volodymyr Walter Wayne William Willie Xi Yevgeny Yuri Zachary Łukasz		
# More given names, by the languages they are common in (Irish, Scottish and Welsh; English; French; Spanish; Portuguese; Italian; German;
# Dutch; Nordic; Russian; Ukrainian; Polish; Czech and Slovak; South Slavic; Hungarian; Romanian; Greek; Baltic;
# Turkish; Arabic; Persian; Hebrew; South Asian; Japanese; Southeast Asian; African), as they are written first in a
# full name. Left out: names that are also places, brands or words that open sentences (Jordan, Florence, Mercedes,
# Will, Grant, Morgan, Roman, Can, Said …) and names written surname first (Chinese, Korean).
given	Aoife Ciara Ciaran Ciarán Cian Clodagh Colm Dermot Eamon Eamonn Éamon Enda Eoin Fionnuala Gráinne Grainne Mairead Máiréad Micheál Niall Niamh Oisín Oisin Orla Pádraig Padraig Róisín Roisin Seamus Séamus Seán Sinéad Sinead Siobhán Siobhan Alasdair Morag Ailsa Fraser Gethin Dafydd Rhodri Siân Carwyn Bronwen Gwyneth Ffion Aled Huw Ieuan		
given	Abigail Ada Addison Adele Agnes Aidan Alana Albie Alec Alexa Alexis Alfie Alfred Alistair Allan Allen Allison Alvin Amber Amelia Andy Angie Angus Anita Annabel Annie Ariana Archie Arnold Arthur Ashton Audrey Ava Avery Barry Beatrice Becky Benedict Bernadette Bert Bethany Beverley Billy Blake Bobby Bonnie Boyd Brenda Brendan Brent Brett Bridget Brittany Brooke Bryan Bryce Byron Caitlin Calvin Cameron Camilla Candace Cara Carla Carmen Carole Casey Cassandra Cathy Cecil Cecilia Cedric Celeste Charlene Cheryl Chloe Chrissy Christa Christie Christy Cindy Clara Clarence Clark Claude Clayton Clifford Clint Clive Cody Colleen Connor Conor Constance Courtney Curtis Cynthia Daisy Dale Damian Damien Dana Danielle Danny Darren Darryl Daryl Dave Davina Dean Debbie Debra Declan Deirdre Delia Denise Derek Desmond Devin Dexter Dianne Dick Dolly Dominique Don Donovan Dora Dorothy Duncan Dustin Dwayne Dwight Dylan Ed Eddie Edgar Edith Edmund Edna Edwin Eileen Elaine Eleanor Elijah Eliza Ella Ellie Elliot Elliott Eloise Elsie Elton Emilia Emmett Erica Erin Ernest Esther Ethan Eugene Eunice Evan Evie Ewan Fergus Fiona Floyd Frances Francine Frankie Freddie Frederick Freya Gabrielle Gail Gareth Garry Gemma Gene Geoff Geoffrey Georgina Gerard Gilbert Gillian Ginny Glen Glenn Gordon Graeme Graham Gwen Gwendolyn Hailey Hal Hamish Harriet Harrison Harvey Hayley Hazel Heidi Herbert Herman Holly Howard Hugh Humphrey Iain Imogen Ingrid Iris Isaac Isabella Isabelle Isla Jackie Jacqueline Jade Jake Jamie Janice Jared Jasmine Jay Jayden Jeanette Jeanne Jed Jenna Jenny Jeremiah Jerome Jesse Jill Jo Joanna Joanne Jocelyn Jodie Joel Joey Johnny Jon Josephine Joyce Jude Juliet Kara Karina Katie Katrina Kay Kayla Keira Kelvin Ken Kenny Kerry Kieran Kimberly Kirk Kristen Kristin Kristina Kurt Lachlan Lance Lara Laurence Leah Leanne Leigh Leila Leon Leonard Leslie Lester Lewis Liam Lily Lindsay Lionel Liz Lloyd Logan Lois Lorna Lorraine Louise Lucy Luther Lydia Lynn Lynne Mabel Mackenzie Madeleine Madeline Maggie Malcolm Mandy Marcus Margaret Marge Marian Marilyn Marion Marjorie Marsha Martha Marvin Matilda Maureen Maurice Maxine Megan Meghan Melanie Melissa Melvin Meredith Mia Mick Mickey Mildred Millie Milton Miranda Miriam Molly Monica Morris Muriel Myra Nadine Naomi Natalie Neil Nelson Neville Nicky Nicole Nigel Noah Noel Nora Norma Norman Ollie Owen Paige Pam Patsy Patti Pauline Peggy Penelope Penny Percy Phil Philippa Phoebe Phyllis Poppy Priscilla Quentin Quinn Rachael Randall Randy Ray Reggie Reginald Rex Rhys Rita Roberta Rod Rodney Rory Rosalind Rosemary Rosie Ross Rowan Rufus Rupert Russ Sabrina Sally Sammy Scarlett Selina Seth Shane Shannon Shaun Shawn Sheila Shelley Sheryl Shirley Sidney Silas Simone Sophia Spencer Stan Stanley Stella Stewart Stuart Sue Suzanne Sylvia Tamara Tammy Tanya Tara Terence Terrence Terri Terry Tess Thelma Theo Theodore Tiffany Toby Todd Tommy Tracey Tracy Travis Trevor Trudy Troy Valerie Vera Vernon Veronica Vicki Vicky Violet Virgil Vivian Wade Wallace Walt Warren Wendy Wes Wesley Whitney Wilbur Wilfred Willard Wilma Winston Winifred Yvonne Zach Zoe Zoë Zara		
given	Adèle Adrien Agathe Aimé Alain Alexandre Alphonse Amélie Anaïs André Anne-Marie Antoine Aristide Arnaud Aurélie Aurélien Baptiste Bastien Benoît Bertrand Blaise Brigitte Bruno Camille Capucine Cécile Céline Chantal Christelle Christophe Claudine Clémence Clément Colette Corinne Cyril Delphine Didier Édouard Élisabeth Élise Éloïse Emmanuelle Éric Étienne Eugène Fabien Fabrice Florian Françoise François Frédéric Gaël Gaston Geneviève Georges Gérard Ghislaine Gilles Guillaume Gustave Hélène Henri Hervé Honoré Hugues Inès Jacques Jean-Baptiste Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre Jean-Yves Jérémie Jérôme Joël Josiane Julien Juliette Laetitia Laurent Léa Léon Léonie Loïc Lucie Lucien Ludovic Manon Marcel Marguerite Marius Martine Mathieu Mathilde Matthieu Maxime Michèle Mireille Monique Nathalie Noël Odile Olivier Pascal Pascale Patrice Philippe Raphaël Régis Rémi Renaud René Sandrine Ségolène Serge Solène Stéphane Stéphanie Sylvain Sylvie Thibault Thierry Valérie Véronique Virginie Xavier Yannick Yves Yvette Zoé		
given	Adriana Agustín Alba Alfonso Álvaro Amparo Ángel Ángela Antonia Araceli Armando Arturo Beatriz Benito Blanca Catalina César Cristian Cristina Dolores Eduardo Elisa Emilio Enrique Ernesto Esperanza Esteban Federico Felipe Fernanda Gabriela Gerardo Gilberto Gonzalo Graciela Guillermo Gustavo Héctor Horacio Ignacio Inés Iñaki Isabela Jaime Jesús Joaquín Jordi Josefina Juana Julio Leonardo Leticia Lorena Lucía Luisa Manuel Manuela Marcela Marcelo Margarita Mariana Mario Marisol Marta Mauricio Milagros Mónica Nicolás Octavio Pilar Ramiro Ramón Raúl Ricardo Rocío Rogelio Rolando Rosa Rubén Salvador Sergio Silvia Sofía Soledad Teodoro Tomás Valentín Verónica Vicente Ximena Yolanda		
given	Adriano Afonso Alessandra Aline Antônio António Bruna Caio Camila Cândido Cláudio Cristiano Diogo Dilma Edson Eduarda Fábio Fabiana Flávio Gilmar Gisele Guilherme Helena Henrique Inácio Joana João Joaquim Juliana Larissa Leandro Letícia Lúcia Luciana Luciano Luíza Luiz Márcio Marcos Mateus Maurício Otávio Paulo Rafaela Raimundo Renata Renato Rogério Sebastião Tânia Thiago Tiago Vinícius		
given	Alessandro Alessia Aldo Alfredo Angelo Antonella Beppe Carlo Chiara Claudio Corrado Daniele Dario Davide Domenico Donatella Elisabetta Emanuele Enrico Enzo Fabio Fabrizio Federica Filippo Flavio Franca Franco Gabriele Gaetano Gianluca Gianni Giacomo Giancarlo Gino Giorgia Giovanna Giovanni Giulia Giuliana Giuliano Giulio Ignazio Lorenzo Luca Luigi Luigino Marcello Massimo Matteo Maurizio Michele Mirko Paola Paolo Pietro Raffaele Renzo Riccardo Rosanna Rossella Salvatore Sandro Serena Silvio Simona Stefania Stefano Tiziana Tommaso Umberto Valentino Valerio Vittoria Vittorio		
given	Achim Anja Anke Annalena Annegret Armin Axel Bärbel Bernd Birgit Björn Christoph Cornelia Dagmar Detlef Dieter Dietmar Dirk Elke Erich Ernst Franz Friedrich Fritz Georg Gerda Gerhard Gregor Gudrun Günter Günther Gustav Hannelore Hans-Jürgen Hartmut Heike Heiko Heinrich Heinz Helga Helmut Hermann Hildegard Holger Horst Hubert Ilse Ingeborg Ingo Jana Jochen Jörg Josef Jürgen Karin Katja Katrin Klaus Konrad Lars Lothar Lutz Manfred Margarete Markus Martina Matthias Michaela Norbert Olaf Ottmar Otto Petra Rainer Ralf Reinhard Renate Rolf Rudolf Sabine Sahra Silke Sigmar Stefanie Steffen Susanne Sven Thorsten Torsten Ulrich Ulrike Uwe Volker Walther Werner Wilhelm Winfried Wolfgang		
given	Arjen Bart Bas Bram Cornelis Daan Femke Frits Geert Gerrit Hendrik Henk Jaap Jan-Willem Jeroen Joost Koen Lieke Maarten Marieke Menno Pieter Piet Ruud Sander Sanne Sjoerd Thijs Tijs Willem Wim Wouter		
given	Agnetha Anders Anette Annika Arne Astrid Birgitta Bjørn Bo Britt Dag Einar Erna Espen Frode Gro Gunnar Gustaf Håkan Halvard Hanne Helle Henrik Ingvar Jonas Jørgen Kaja Kari Kjell Knut Lasse Leif Magdalena Magnus Mette Mikael Mikkel Morten Nils Niklas Ola Ole Pekka Rasmus Sanna Sauli Sigrid Sofie Stein Stig Terje Tove Trine Ulf Ulla Vigdis		
given	Aleksandr Aleksei Alexandr Alla Anatoly Andrey Anton Arkady Artem Artyom Dmitriy Dmitrii Evgeny Evgeniy Fyodor Gennady Georgy Grigory Ilya Irina Kirill Konstantin Ksenia Larisa Lev Lyudmila Maksim Maxim Nadezhda Natalya Nikita Nikolay Oleg Pavel Polina Ruslan Svetlana Stanislav Timur Valentin Valery Vasily Viktoria Vitaly Vyacheslav Yakov Yekaterina Yelena Yulia Yury Zhanna		
given	Andriy Bohdan Dmytro Halyna Iryna Mykhailo Mykola Oleksandr Oleksiy Oksana Olena Petro Serhiy Taras Tetiana Vasyl Vitali Vitalii Vitaliy Yuliia Yuriy		
given	Agnieszka Aleksander Beata Bogdan Dariusz Elżbieta Grzegorz Irena Jacek Jadwiga Janusz Jerzy Józef Kamil Karolina Katarzyna Krzysztof Lech Małgorzata Marcin Marek Michał Rafał Radosław Stanisław Szymon Tadeusz Wojciech Zbigniew Zofia		
given	Andrej Bohuslav Ivana Jakub Jaroslav Jiří Karel Ladislav Lenka Lubomír Miloš Miroslav Ondřej Petr Tomáš Václav Vladimír Zdeněk Zuzana		
given	Aleksandar Ante Branko Dragan Dušan Goran Ivica Jelena Marija Marko Milica Milorad Nebojša Nikola Slobodan Tihomir Vesna Vojislav Zoran Željko		
given	Ferenc Gábor György István János Katalin László Miklós Péter Sándor Tibor Zoltán Zsolt		
given	Alexandru Andreea Cătălin Constantin Corneliu Dacian Ion Ioana Mihai Nicolae Radu Traian Viorica		
given	Antonis Christos Costas Dimitris Eleni Evangelos Georgios Giorgos Ioannis Kostas Kyriakos Nikos Panagiotis Spyros Stavros Thanasis Vassilis Yanis Yannis		
given	Andrius Arvydas Dalia Edgars Egils Gitanas Ingrida Jānis Kersti Krišjānis Mart Raimonds Toomas Valdis Vytautas		
given	Ahmet Ayşe Bülent Burak Cem Deniz Devlet Ekrem Emine Emre Ercan Fatih Fatma Hakan Hulusi Hüseyin İbrahim İlhan Kemal Levent Meral Mesut Murat Mustafa Nihat Oğuz Orhan Osman Selahattin Selim Serkan Süleyman Tayyip Ümit Yusuf Zeynep		
given	Abbas Abdel Abdelaziz Abdelkader Abdallah Abdullah Abdulaziz Abdulrahman Adel Ahmad Akram Amal Amin Amina Amir Amr Anas Anwar Ashraf Ayman Bashir Bilal Fadi Faisal Farah Farid Faris Fawzi Fouad Ghassan Habib Hadi Hafez Haidar Haider Hamad Hamed Hamid Hamza Hani Hanan Haroun Hasan Hashem Hatem Hisham Hosni Hossam Hussein Ibrahim Imad Ismail Jaber Jalal Jamil Karim Khaled Khalid Khalil Laila Layla Mahmoud Majid Malik Mansour Marwan Maryam Mohamed Mohamad Mona Mostafa Muammar Nabil Nadia Naguib Naji Nasser Nawaf Nizar Noura Osama Qasim Rami Rania Rashid Reem Riad Rima Saad Saddam Saleh Salim Salma Salman Sami Samir Samira Sayed Sharif Tamim Tarek Tariq Walid Waleed Yahya Yasmin Yasser Yousef Youssef Zaid Zainab Zayed Ziad		
given	Afshin Ebrahim Farhad Farzaneh Javad Masoud Mehdi Mohsen Narges Nasrin Reza Saeed Shirin Hossein		
given	Avi Avigdor Avraham Ayelet Benny Dov Ehud Gadi Gideon Gilad Itamar Moshe Naftali Shimon Shlomo Tzipi Uri Yair Yitzhak Yoav Yossi		
given	Aamir Abhishek Aditya Ajay Ajit Akhilesh Akshay Amit Amitabh Amrita Anand Anil Anjali Ankit Anupam Arjun Arun Arvind Ashok Asif Atal Deepak Deepika Devendra Dinesh Gautam Gita Gopal Harish Indira Jawaharlal Kapil Kavita Krishna Lakshmi Lalu Mahatma Mamata Manish Manmohan Meena Mukesh Nandan Nawaz Neha Nirmala Nitin Nitish Pankaj Pooja Prakash Pranab Priya Priyanka Rahul Raj Rajesh Rajiv Rakesh Ramesh Ranil Ratan Ravi Rohit Sachin Sanjay Sanjeev Shahbaz Shashi Shehbaz Shiv Sonia Sunil Sunita Suresh Sushma Uddhav Vijay Vikram Vinod Virat Yogi		
given	Akira Akiko Fumio Haruki Hayao Hideki Hiroshi Hiroko Ichiro Junichiro Kazuo Keiko Kenji Koichi Makoto Masahiro Masako Naoto Naruhito Nobuo Noriko Ryota Ryu Satoshi Shigeru Shintaro Shohei Sumiko Takashi Takeshi Taro Tomoko Toshiro Yasuo Yoko Yoshihide Yoshiro Yukio Yuko Yumi Yuriko		
given	Bongbong Ferdinand Joko Mahathir Najib Prabowo Prayut Susilo Thaksin Yingluck		
given	Abiy Akinwumi Alassane Bola Chinedu Chimamanda Chinua Emeka Goodluck Hage Jomo Julius Kwame Kofi Macky Mahamadou Muhammadu Nana Ngozi Nkosazana Obiageli Olusegun Raila Thabo Uhuru Umaro Wole Yoweri		
# American given names the lists above missed (2026-12-05, second session: "co-host Gayle King", "LaToya Cantrell"); not
# those that are also places or words (Regina, Ebony, Marquis, Clyde, Lamar).
given	Gayle Lori Wanda Darlene Arlene Jimmy Tyrone Darnell DeShawn Deshawn Keisha LaToya Latoya Shaniqua Tameka Tamika Lakisha Latasha Aaliyah Imani Jada Jalen Jaylen Terrell Jamar Rashad Andre Demetrius Tyrell Tanisha Shanice Keshia Latisha Kiara Kendra Tonya Trina Darius Lamont Jermaine Kareem Marlon Alonzo Roderick Cornelius Wendell Otis Leroy Lonnie Duane Lyle Marlene Darla Jolene Rhonda Vickie Ramona Geraldine Lucille Myrtle Gladys Ethel Bertha Velma Hattie Mamie
# Things: products, programs and devices often in the news, named alone ("Chrome can block it", "Install
# Windows"), typed other — no people, organisations or places. Only names that are not also common
# given names or words opening sentences (not Alexa, Siri, Word, Office, Safari, Zoom).
thing	Google Chrome	Chrome	
thing	Mozilla Firefox	Firefox	
thing	Microsoft Windows	Windows	
thing	Android	Google Android	
thing	iOS		
thing	macOS	Mac OS X|OS X	
thing	iPhone	Apple iPhone	
thing	iPad	Apple iPad	
thing	iPod		
thing	MacBook		
thing	Macintosh	Mac	
thing	Apple Watch		
thing	Xbox	Microsoft Xbox	
thing	PlayStation	Sony PlayStation	
thing	Nintendo Switch		
thing	Kindle	Amazon Kindle	
thing	Gmail		
thing	Google Maps		
thing	Google Search		
thing	Microsoft Excel	Excel	
thing	PowerPoint		
thing	Photoshop		
thing	ChatGPT		
thing	Bluetooth		
thing	Wi-Fi		
thing	Ethereum		
thing	Boeing 737 Max	737 Max|737 MAX	
"""
}
