<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AgencySearch</name>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Going to work in: any country</source>
        <translation>Сиз иштей турган өлкө: каалаган өлкө</translation>
    </message>
    <message>
        <source>Going to work in: %1</source>
        <translation>Сиз иштей турган өлкө: %1</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реестр жүктөлгөн жок.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Реестрдин маалыматтары %1 абалы боюнча.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Бул маалыматтар %1 күн мурунку, ошондуктан жооп эскирип калган болушу мүмкүн. Кимдир бирөөгө акча төлөөдөн мурун лицензия берүүчү органдан сураңыз.</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name or its licence number.</source>
        <translation>Агенттиктин аталышын же лицензиясынын номерин жазыңыз.</translation>
    </message>
    <message>
        <source>No agency with this name is in the registry.</source>
        <translation>Реестрде мындай аталыштагы агенттик жок.</translation>
    </message>
    <message>
        <source>Agency name or licence number</source>
        <translation>Агенттиктин аталышы же лицензиянын номери</translation>
    </message>
    <message>
        <source>Demo kiosk: every agency here is FICTIONAL sample data.</source>
        <translation>Бул сыноо киоскусу: бул жердеги бардык агенттиктер ОЙДОН ЧЫГАРЫЛГАН, мисал үчүн гана.</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>The agency is not in this list</source>
        <translation>Агенттик бул тизмеде жок</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <source>Know your rights</source>
        <translation>Укуктарыңызды билиңиз</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>This service is not available on this kiosk yet. It is coming soon.</source>
        <translation>Бул киоскто бул кызмат азырынча жок. Ал жакында пайда болот.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Башына кайтуу</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Where are you going to work?</source>
        <translation>Кайсы өлкөдө иштейсиз?</translation>
    </message>
    <message>
        <source>Any country / I do not know yet</source>
        <translation>Каалаган өлкө / Азырынча билбейм</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Бул киоскту кантип колдонуу керек</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Тилди алмаштыруу үчүн жогорудагы тил баскычын басыңыз.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Текстти чоңойтуу үчүн жогорудагы «Текст» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Кара фондо ак текст керек болсо, «Контраст» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Экрандагы текстти үн менен угуу үчүн «Угуу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>«Артка» баскычы бир кадам артка кайтарат. «Башкы бет» баскычы башына кайтарат.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Эгер экранга бир канча убакыт эч ким тийбесе, киоск сизден дагы убакыт керекпи деп сурайт. Андан кийин кийинки адам көрбөсүн деп, сиз киргизгендин баарын өчүрөт.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Бул киоскту колдонуу акысыз. Аны колдонгонуңуз үчүн эч ким сизден акча сурай албайт.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Сизге кантип жардам бере алабыз?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Укуктарыңызды билиңиз</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Коопсуз миграция жана чет өлкөдөгү укуктарыңыз — өз тилиңизде</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Бул жумушка орноштуруу агенттигинин лицензиясы барбы?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Виза борборуна жана миграция кызматына жазылуу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Бул киоскту кантип колдонуу керек</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Жакында</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Бул сыноо киоскусу: бул жердеги маалыматтар мисал үчүн гана, алар чыныгы эмес.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Сизге дагы убакыт керекпи?</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Эсеп нөлгө жеткенде, сиз киргизгендин баары өчүрүлөт жана киоск кайра башынан башталат.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мага дагы убакыт керек</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Тилди тандаңыз</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Угуу: тажик үнү азырынча жок, ошондуктан тажикче текстти фарс үнү окуйт.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Тыныгуу</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Үн чыгарып окуу</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Өзүңүз менен алыңыз: телефонуңуздун камерасын бул кодго багыттаңыз, ушул бет телефонуңузда ачылат.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Жаңыртылды: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Булактар: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Бул пайдалуу болдубу?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Жообуңуз үчүн рахмат.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report an agency</source>
        <translation>Агенттик боюнча арыз берүү</translation>
    </message>
    <message>
        <source>They asked for money before giving a job or visa</source>
        <translation>Жумуш же виза берилгенге чейин акча сурашты</translation>
    </message>
    <message>
        <source>They took or kept my passport or documents</source>
        <translation>Паспортумду же документтеримди алып коюшту же кайтарып беришкен жок</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Мындай жумуш же иш берүүчү жок болуп чыкты</translation>
    </message>
    <message>
        <source>They sent me to work on a tourist or student visa</source>
        <translation>Мени туристтик же студенттик виза менен иштөөгө жөнөтүштү</translation>
    </message>
    <message>
        <source>The work or pay was not what they promised</source>
        <translation>Жумуш же айлык убада кылгандай болгон жок</translation>
    </message>
    <message>
        <source>They would not show a licence or a contract</source>
        <translation>Лицензияны же келишимди көрсөтүүдөн баш тартышты</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Which agency?</source>
        <translation>Кайсы агенттик?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Эмне болду?</translation>
    </message>
    <message>
        <source>How can we reach you? (optional)</source>
        <translation>Сиз менен кантип байланышсак болот? (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Арыз жөнөтүлдү</translation>
    </message>
    <message>
        <source>Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.</source>
        <translation>Телефон номериңизди же e-mail дарегиңизди арыздарды карай турган орган сиз менен байланышсын десеңиз гана калтырыңыз. Арызды аларсыз деле жөнөтсөңүз болот.</translation>
    </message>
    <message>
        <source>Your report is saved. Its reference is %1. Write it down or take a photo of it.</source>
        <translation>Арызыңыз сакталды. Анын номери: %1. Аны жазып алыңыз же сүрөткө тартып алыңыз.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>%1-кадам (3 кадамдан)</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Агенттиктин аталышы</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Өз сөзүңүз менен (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Мурунку кадам</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Телефон же e-mail (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Send without contact</source>
        <translation>Байланыш маалыматысыз жөнөтүү</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Арызды жөнөтүү</translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation>Арызыңыз сакталууда…</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again or ask staff for help.</source>
        <translation>Арызыңызды сактоо мүмкүн болгон жок. Сураныч, кайра аракет кылып көрүңүз же кызматкерден жардам сураңыз.</translation>
    </message>
    <message>
        <source>It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.</source>
        <translation>Бул киоск интернетке туташаары менен арыз арыздарды карай турган органга жөнөтүлөт. Рахмат: сиздин арызыңыз башкаларды коргойт.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Кайра аракет кылуу</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Сөз жазыңыз, мисалы: паспорт.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Эч нерсе табылган жок. Башка сөздү жазып көрүңүз.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Кызматкерлердин менюсу</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Эскертүү: бул киоскто демо PIN-код турат. Киоскту элге ачуудан мурун кызматкерлердин PIN-кодун коюңуз.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Экрандагы клавиатураны текшериңиз:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Сыноо барагын басып чыгаруу</translation>
    </message>
    <message>
        <source>Printing arrives with appointment receipts.</source>
        <translation>Басып чыгаруу кабыл алууга жазылуу талондору менен кошо пайда болот.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Азыр синхрондоо</translation>
    </message>
    <message>
        <source>Synchronisation arrives with the central service.</source>
        <translation>Синхрондоо борбордук кызмат менен кошо пайда болот.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Кулпулап чыгуу</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Киоск программасын жабуу</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Кызматкерлер үчүн гана</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Кызматкердин PIN-кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the menu locks: %1</source>
        <translation>PIN-код туура эмес. Меню кулпулангыча калган аракеттер: %1</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Туура эмес PIN-код өтө көп терилгендиктен кулпуланды. Кийинки аракетке чейин калган секунд: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Coming soon</source>
        <translation>Жакында</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Угуу</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Укуктарыңызды билиңиз</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Теманы тандаңыз.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (%2 күнүнө чейин)</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>Лицензия %1 күнүнө чейин жарактуу.</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>лицензия берилди</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>лицензия токтотулду</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>лицензия жокко чыгарылды</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>лицензиянын мөөнөтү бүттү</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>лицензия берүүдөн баш тартылды</translation>
    </message>
    <message>
        <source>Licensed: may recruit for %1.</source>
        <translation>Лицензиясы бар, бул өлкөлөргө жумушка жөнөтө алат: %1.</translation>
    </message>
    <message>
        <source>Licensed, but the registry lists no destination country for it.</source>
        <translation>Лицензиясы бар, бирок реестрде агенттик кайсы өлкөлөргө жумушка жөнөтө алары көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>Not licensed for %1.</source>
        <translation>%1 үчүн лицензиясы жок.</translation>
    </message>
    <message>
        <source>It may recruit only for %1.</source>
        <translation>Бул агенттик жумушка бул өлкөлөргө гана жөнөтө алат: %1.</translation>
    </message>
    <message>
        <source>The registry lists no destination country for it.</source>
        <translation>Реестрде агенттик кайсы өлкөлөргө жумушка жөнөтө алары көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>NOT licensed: suspended since %1.</source>
        <translation>Лицензиясы ЖОК: лицензия %1 күнүнөн бери токтотулган.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence was revoked on %1.</source>
        <translation>Лицензиясы ЖОК: лицензия %1 күнү жокко чыгарылган.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence expired on %1.</source>
        <translation>Лицензиясы ЖОК: лицензиянын мөөнөтү %1 күнү бүткөн.</translation>
    </message>
    <message>
        <source>NOT licensed: the application was rejected on %1.</source>
        <translation>Лицензиясы ЖОК: лицензия алуу өтүнүчү %1 күнү четке кагылган.</translation>
    </message>
    <message>
        <source>Not found in the registry as of %1. Do not pay. Report it.</source>
        <translation>%1 абалы боюнча реестрден табылган жок. Акча төлөбөңүз. Ал боюнча арыз бериңиз.</translation>
    </message>
    <message>
        <source>Even so: get a written contract before you pay, and never hand over your passport.</source>
        <translation>Ошентсе да: акча төлөөдөн мурун жазуу жүзүндөгү келишим алыңыз жана паспортуңузду эч качан бербеңиз.</translation>
    </message>
    <message>
        <source>Do not pay it for work in this country.</source>
        <translation>Бул өлкөдөгү жумуш үчүн ага акча төлөбөңүз.</translation>
    </message>
    <message>
        <source>This agency may not recruit you. Do not pay it and do not give it your passport.</source>
        <translation>Бул агенттиктин сизди жумушка жөнөтүүгө укугу жок. Ага акча төлөбөңүз жана паспортуңузду бербеңиз.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Реестрдин маалыматтары %1 абалы боюнча.</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реестр жүктөлгөн жок.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Бул маалыматтар %1 күн мурунку, ошондуктан жооп эскирип калган болушу мүмкүн. Кимдир бирөөгө акча төлөөдөн мурун лицензия берүүчү органдан сураңыз.</translation>
    </message>
    <message>
        <source>FICTIONAL sample agency: demo data, not a real company.</source>
        <translation>ОЙДОН ЧЫГАРЫЛГАН мисал агенттик: бул сыноо маалыматтары, чыныгы компания эмес.</translation>
    </message>
    <message>
        <source>You looked for: %1</source>
        <translation>Сиз издегениңиз: %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Башка аталыштары</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Лицензиянын номери</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Лицензия берүүчү орган</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>Филиалдары</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Статусунун тарыхы</translation>
    </message>
    <message>
        <source>Check for the country you are going to</source>
        <translation>Бара турган өлкөңүз үчүн текшерүү</translation>
    </message>
    <message>
        <source>Going to work in: %1</source>
        <translation>Сиз иштей турган өлкө: %1</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Бул агенттик боюнча арыз берүү</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Башка агенттикти текшерүү</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>LICENSED</source>
        <translation>ЛИЦЕНЗИЯСЫ БАР</translation>
    </message>
    <message>
        <source>NOT LICENSED</source>
        <translation>ЛИЦЕНЗИЯСЫ ЖОК</translation>
    </message>
    <message>
        <source>NOT LICENSED for %1</source>
        <translation>%1 үчүн ЛИЦЕНЗИЯСЫ ЖОК</translation>
    </message>
    <message>
        <source>NOT FOUND in the registry</source>
        <translation>Реестрден ТАБЫЛГАН ЖОК</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Мигранттар үчүн маалымат</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Баштоо үчүн бул жерди басыңыз</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Укуктарыңызды билиңиз. Агенттикти текшериңиз. Кабыл алууга жазылыңыз.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Бул сыноо киоскусу: бул жердеги маалыматтар мисал үчүн гана, алар чыныгы эмес.</translation>
    </message>
</context>
</TS>
