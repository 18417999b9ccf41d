<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
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
