<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<context>
    <name>ComingSoon</name>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқҳои худро донед</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентиро санҷед</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>This service is not available on this kiosk yet. It is coming soon.</source>
        <translation>Ин хизмат дар ин киоск ҳоло нест. Он ба наздикӣ пайдо мешавад.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Бозгашт ба аввал</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Тарзи истифодаи ин киоск</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Барои иваз кардани забон, тугмаи забонро дар боло пахш кунед.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Барои калон кардани матн, тугмаи «Матн»-ро дар боло пахш кунед.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Барои матни сафед дар заминаи сиёҳ, тугмаи «Контраст»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Барои шунидани матни экран бо овоз, тугмаи «Шунидан»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>Тугмаи «Бозгашт» як қадам ба қафо мебарад. Тугмаи «Асосӣ» ба аввал мебарад.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Агар муддате касе ба экран даст нарасонад, киоск мепурсад, ки оё ба шумо боз вақт лозим аст. Баъд ҳар чизеро, ки шумо ворид кардед, пок мекунад, то шахси навбатӣ онро набинад.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Истифодаи ин киоск ройгон аст. Ҳеҷ кас ҳақ надорад барои истифодаи он аз шумо пул талаб кунад.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Мо ба шумо чӣ тавр кӯмак карда метавонем?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқҳои худро донед</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Муҳоҷирати бехатар ва ҳуқуқҳои шумо дар хориҷа — бо забони шумо</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентиро санҷед</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Оё ин агентии бакорандозӣ иҷозатнома дорад?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Навбат ба маркази раводид ва идораи муҳоҷират</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Тарзи истифодаи ин киоск</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Ба наздикӣ</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Ин киоски озмоишӣ аст: маълумоти ин ҷо танҳо барои намуна аст, воқеӣ нест.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Ба шумо боз вақт лозим аст?</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Вақте ки шумориш ба сифр мерасад, ҳар чизе, ки шумо ворид кардед, пок мешавад ва киоск аз нав оғоз мешавад.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ба ман боз вақт лозим аст</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Забонро интихоб кунед</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Шунидан: овози тоҷикӣ ҳоло нест, бинобар ин матни тоҷикиро овози форсӣ мехонад.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Таваққуф</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Идома додан</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Бо овоз хондан</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Бас кардан</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Бо худ гиред: камераи телефонро ба ин рамз равона кунед, ин саҳифа дар телефони шумо кушода мешавад.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Навсозӣ шуд: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Сарчашмаҳо: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Ин фоиданок буд?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Ташаккур барои ҷавоб.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Калимаеро нависед, масалан: шиноснома.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Ҳеҷ чиз ёфт нашуд. Калимаи дигарро санҷед.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Менюи кормандон</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Диққат: дар ин киоск PIN-и намунавӣ гузошта шудааст. Пеш аз кушодани киоск барои мардум PIN-и кормандонро гузоред.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Клавиатураи экраниро санҷед:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Чопи саҳифаи санҷишӣ</translation>
    </message>
    <message>
        <source>Printing arrives with appointment receipts.</source>
        <translation>Чоп ҳамроҳи талонҳои навбат ба қабул пайдо мешавад.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Ҳозир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Synchronisation arrives with the central service.</source>
        <translation>Ҳамоҳангсозӣ ҳамроҳи хадамоти марказӣ пайдо мешавад.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Қулф кардан ва баромадан</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Бастани барномаи киоск</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Танҳо барои кормандон</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>PIN-и кормандро ворид кунед.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the menu locks: %1</source>
        <translation>PIN нодуруст аст. Кӯшишҳои боқимонда то қулф шудани меню: %1</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Аз сабаби PIN-ҳои нодурусти зиёд қулф шуд. Сонияҳои боқимонда то кӯшиши навбатӣ: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Пок кардан</translation>
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
        <translation>Ба наздикӣ</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Асосӣ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Матн</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Бас кардан</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Шунидан</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқҳои худро донед</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Мавзӯъро интихоб кунед.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Маълумот барои муҳоҷирон</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Барои оғоз ин ҷоро пахш кунед</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Хуш омадед</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Ҳуқуқҳои худро донед. Агентиро санҷед. Ба қабул навбат гиред.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Ин киоски озмоишӣ аст: маълумоти ин ҷо танҳо барои намуна аст, воқеӣ нест.</translation>
    </message>
</context>
</TS>
