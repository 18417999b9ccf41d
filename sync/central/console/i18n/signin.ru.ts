<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>console</name>
    <message>
        <source>A name of 1 to 100 characters is needed.</source>
        <translation>Нужно имя длиной от 1 до 100 знаков.</translation>
    </message>
    <message>
        <source>A password needs {shortest} to {longest} characters.</source>
        <translation>Пароль должен содержать от {shortest} до {longest} знаков.</translation>
    </message>
    <message>
        <source>A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Имя пользователя — от 2 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Accounts are made by the owner of this console. Ask them if you have none, or if you forgot your password.</source>
        <translation>Учётные записи создаёт владелец консоли. Обратитесь к нему, если у вас её нет или вы забыли пароль.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи на приём</translation>
    </message>
    <message>
        <source>Bookings per place and day, check-ins, and conflicts to resolve.</source>
        <translation>Записи по местам и дням, отметки о приходе и конфликты, которые нужно решить.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Choose one of the roles.</source>
        <translation>Выберите одну из ролей.</translation>
    </message>
    <message>
        <source>Choose what to do:</source>
        <translation>Выберите, что сделать:</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Correct an article, see what changes, and publish it.</source>
        <translation>Исправить статью, посмотреть изменения и опубликовать.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Fill in the field: {name}.</source>
        <translation>Заполните поле: {name}.</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Киоски</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Kiosk fleet console</source>
        <translation>Консоль управления киосками</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Make an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Make the account</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Пока ничего нет.</translation>
    </message>
    <message>
        <source>On what</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Назначить роль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Skip to the page</source>
        <translation>Перейти к содержимому</translation>
    </message>
    <message>
        <source>Something in the request is not valid: {detail}</source>
        <translation>В запросе есть ошибка: {detail}</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Не получилось</translation>
    </message>
    <message>
        <source>That username is taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>The field {name} cannot be kept: {problem}.</source>
        <translation>Поле {name} нельзя сохранить: {problem}.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <source>The last owner cannot be disabled or given another role: make another owner first.</source>
        <translation>Последнего владельца нельзя отключить или сменить ему роль: сначала назначьте другого владельца.</translation>
    </message>
    <message>
        <source>The password for {username} is shown this once. Give it to them in person; the console keeps only a hash of it.</source>
        <translation>Пароль для {username} показан один раз. Передайте его лично; консоль хранит только его хеш.</translation>
    </message>
    <message>
        <source>The request was refused: {detail}</source>
        <translation>Запрос отклонён: {detail}</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>There is no account {username}.</source>
        <translation>Учётной записи {username} нет.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Такой страницы нет.</translation>
    </message>
    <message>
        <source>This form did not come from this console.</source>
        <translation>Эта форма отправлена не из этой консоли.</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this console. Open the page again and send it from there.</source>
        <translation>Форма устарела или отправлена не из этой консоли. Откройте страницу заново и отправьте форму оттуда.</translation>
    </message>
    <message>
        <source>This page cannot be used that way.</source>
        <translation>Эту страницу нельзя использовать таким образом.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}. The owner can unlock it sooner.</source>
        <translation>Слишком много неверных паролей: учётная запись заблокирована до {until}. Владелец может разблокировать её раньше.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Upload the licensed agencies, check them, and publish.</source>
        <translation>Загрузить лицензированные агентства, проверить и опубликовать.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Was it useful?</source>
        <translation>Было ли полезно?</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <source>What travellers reported about agencies.</source>
        <translation>Что путешественники сообщили об агентствах.</translation>
    </message>
    <message>
        <source>What was published, and which kiosks took it.</source>
        <translation>Что опубликовано и какие киоски это получили.</translation>
    </message>
    <message>
        <source>Which kiosks are healthy, and which need a visit.</source>
        <translation>Какие киоски работают, а какие нужно посетить.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Who may sign in to this console, and as what.</source>
        <translation>Кто может входить в консоль и с какой ролью.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>content editor</source>
        <translation>редактор материалов</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>fleet viewer</source>
        <translation>наблюдатель за киосками</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>заблокирована до {until}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>registry manager</source>
        <translation>ведущий реестра</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>составитель расписаний</translation>
    </message>
</context>
</TS>
