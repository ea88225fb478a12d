package conformance

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
)

// The readings of FORMAT.md ("Readings"): the options a vector of
// limits.coverAt or claims.book may set, each absent by default.

// coverOptionsIn are the options of limits.coverAt.
type coverOptionsIn struct {
	Retroactivity           *string `json:"retroactivity"`
	RetroactivityWindowDays *int    `json:"retroactivityWindowDays"`
}

// bookOptionsIn are the options of claims.book: those of limits.coverAt
// and the book's readings.
type bookOptionsIn struct {
	coverOptionsIn
	OrdersKeepLimit      *bool   `json:"ordersKeepLimit"`
	Payments             *string `json:"payments"`
	UninsuredStaysAtStop *bool   `json:"uninsuredStaysAtStop"`
	MeasureOn            *string `json:"measureOn"`
	insolvencyOptionsIn
	GoodsValue *string `json:"goodsValue"`
}

// coverOptions reads the options of the cover; nil is the default.
func (o *coverOptionsIn) coverOptions() (limits.CoverOptions, error) {
	var c limits.CoverOptions
	if o == nil {
		return c, nil
	}
	if o.Retroactivity != nil {
		if err := c.Retroactivity.Rule.UnmarshalText([]byte(*o.Retroactivity)); err != nil {
			return c, err
		}
	}
	if o.RetroactivityWindowDays != nil {
		w, err := limit("options.retroactivityWindowDays", o.RetroactivityWindowDays, calendar.Days)
		if err != nil {
			return c, err
		}
		c.Retroactivity.Window = w
	}
	return c, nil
}

// bookOptions reads the options of the book; nil is the default.
func (o *bookOptionsIn) bookOptions() (claims.BookOptions, error) {
	var b claims.BookOptions
	if o == nil {
		return b, nil
	}
	var err error
	if b.Cover, err = o.coverOptions(); err != nil {
		return b, err
	}
	r := &b.Readings
	if o.OrdersKeepLimit != nil {
		r.OrdersKeepLimit = *o.OrdersKeepLimit
	}
	if o.UninsuredStaysAtStop != nil {
		r.UninsuredStaysAtStop = *o.UninsuredStaysAtStop
	}
	if o.Payments != nil {
		if err := r.Payments.UnmarshalText([]byte(*o.Payments)); err != nil {
			return b, err
		}
	}
	if o.MeasureOn != nil {
		if err := r.MeasureOn.UnmarshalText([]byte(*o.MeasureOn)); err != nil {
			return b, err
		}
	}
	if o.GoodsValue != nil {
		if b.Clocks.GoodsValue, err = claims.ParseGoodsValuation(*o.GoodsValue); err != nil {
			return b, err
		}
	}
	return b, o.insolvencyOptionsIn.read(&b.Insolvency)
}
