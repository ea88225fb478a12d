module github.com/creditins/creditins/playground

go 1.26

require (
	github.com/chromedp/chromedp v0.23.1
	github.com/creditins/creditins v0.0.0
	github.com/google/go-cmp v0.7.0
)

require (
	github.com/chromedp/cdproto v0.160.1 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
)

replace github.com/creditins/creditins => ../
