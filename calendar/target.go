package calendar

import "time"

// targetHolidays are the closing days of TARGET, the euro area's payment
// system, on which the ECB publishes no euro foreign exchange reference
// rate: New Year's Day, Good Friday, Easter Monday, Labour Day (1 May),
// Christmas Day and 26 December (ECB, euro foreign exchange reference
// rates: "published according to the same calendar as TARGET2 … every
// day except Saturdays and Sundays" and those six days).
var targetHolidays = []Holiday{
	{Name: "New Year's Day", Month: time.January, Day: 1},
	{Name: "Good Friday", FromEaster: true, EasterOffset: -2},
	{Name: "Easter Monday", FromEaster: true, EasterOffset: 1},
	{Name: "Labour Day", Month: time.May, Day: 1},
	{Name: "Christmas Day", Month: time.December, Day: 25},
	{Name: "26 December", Month: time.December, Day: 26},
}

// targetTable is TARGET's table, built once and never changed.
var targetTable = newHolidayTable(targetHolidays, 2000, 2199, satSun)

// TARGET is the calendar of TARGET business days, Monday to Friday minus
// the six closing days of targetHolidays, years 2000–2199: the days on
// which the ECB publishes its euro reference rates, so the calendar of
// policy.CurrencyConversion for a policy that converts at the ECB rate.
var TARGET = newCalendar("target", satSun, targetTable)
