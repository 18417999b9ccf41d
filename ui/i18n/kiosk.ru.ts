<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ComingSoon</name>
    <message>
        <source>Know your rights</source>
        <translation>Знайте свои права</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>This service is not available on this kiosk yet. It is coming soon.</source>
        <translation>На этом киоске этой услуги пока нет. Она скоро появится.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>В начало</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Как пользоваться киоском</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Чтобы сменить язык, нажмите кнопку языка вверху.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Чтобы увеличить текст, нажмите «Текст» вверху.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Чтобы текст был белым на чёрном фоне, нажмите «Контраст».</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Чтобы прослушать текст с экрана, нажмите «Слушать».</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>«Назад» возвращает на один шаг назад. «Главная» возвращает в начало.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Если долго никто не касается экрана, киоск спросит, нужно ли вам ещё время. Потом он сотрёт всё, что вы ввели, чтобы следующий человек этого не увидел.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Пользоваться этим киоском бесплатно. Никто не имеет права просить у вас за это деньги.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Чем мы можем вам помочь?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Знайте свои права</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Безопасная миграция и ваши права за границей — на вашем языке</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Есть ли у этого агентства по трудоустройству лицензия?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Запись в визовый центр и миграционную службу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Как пользоваться киоском</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Скоро</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Это пробный киоск: данные здесь только для примера, они не настоящие.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Вам нужно ещё время?</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Когда счёт дойдёт до нуля, всё, что вы ввели, сотрётся, и киоск начнёт сначала.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мне нужно ещё время</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Слушать: таджикского голоса пока нет, поэтому таджикский текст читает персидский голос.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Возьмите с собой: наведите камеру телефона на этот код, и эта страница откроется на телефоне.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Это было полезно?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Спасибо за ответ.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Введите слово, например: паспорт.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Ничего не найдено. Попробуйте другое слово.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню для сотрудников</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Внимание: на этом киоске стоит демо-PIN. Задайте PIN для сотрудников, прежде чем открыть киоск для посетителей.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Проверьте экранную клавиатуру:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Напечатать пробную страницу</translation>
    </message>
    <message>
        <source>Printing arrives with appointment receipts.</source>
        <translation>Печать появится вместе с талонами записи на приём.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Synchronisation arrives with the central service.</source>
        <translation>Синхронизация появится вместе с центральным сервисом.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Заблокировать и выйти</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Закрыть программу киоска</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Только для сотрудников</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Введите PIN-код сотрудника.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the menu locks: %1</source>
        <translation>Неверный PIN-код. Осталось попыток до блокировки меню: %1</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Заблокировано: слишком много неверных PIN-кодов. Секунд до следующей попытки: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
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
        <translation>Скоро</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
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
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Знайте свои права</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Выберите тему.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Информация для мигрантов</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Нажмите здесь, чтобы начать</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Знайте свои права. Проверьте агентство. Запишитесь на приём.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Это пробный киоск: данные здесь только для примера, они не настоящие.</translation>
    </message>
</context>
</TS>
