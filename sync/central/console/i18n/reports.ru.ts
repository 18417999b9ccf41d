<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>console</name>
    <message>
        <source>A date is written as 2026-12-01.</source>
        <translation>Дата записывается так: 2026-12-01.</translation>
    </message>
    <message>
        <source>Agency name contains</source>
        <translation>Название агентства содержит</translation>
    </message>
    <message>
        <source>Asked for money before giving a job or visa</source>
        <translation>Просили деньги до того, как дали работу или визу</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>Choose one of the statuses.</source>
        <translation>Выберите один из статусов.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Download as CSV</source>
        <translation>Скачать в CSV</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>Сообщений нет.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер сообщения</translation>
    </message>
    <message>
        <source>Registry id</source>
        <translation>Идентификатор в реестре</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Сообщено</translation>
    </message>
    <message>
        <source>Reported from</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Reported up to</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Reports: {count}.</source>
        <translation>Сообщений: {count}.</translation>
    </message>
    <message>
        <source>Sent them to work on a tourist or student visa</source>
        <translation>Отправили работать по туристической или студенческой визе</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Работы или работодателя не существовало</translation>
    </message>
    <message>
        <source>The newest {shown} are listed; the CSV file has them all.</source>
        <translation>Показаны {shown} самых новых; в файле CSV есть все.</translation>
    </message>
    <message>
        <source>The work or pay was not what was promised</source>
        <translation>Работа или оплата оказались не такими, как обещали</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>Такого сообщения нет.</translation>
    </message>
    <message>
        <source>Took or kept a passport or other documents</source>
        <translation>Забрали или удерживали паспорт или другие документы</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Would not show a licence or a contract</source>
        <translation>Отказались показать лицензию или договор</translation>
    </message>
    <message>
        <source>forwarded to the licensing body</source>
        <translation>передано в лицензирующий орган</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>registry id {id}</source>
        <translation>идентификатор в реестре {id}</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>рассмотрено</translation>
    </message>
</context>
</TS>
