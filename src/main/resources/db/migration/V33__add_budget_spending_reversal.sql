-- Spending entries are never edited or deleted: a mistake is corrected by a reversing entry (the negative amount, the
-- same line, date and voucher, the reason as its description), at most one per entry, and a reversal is not reversed.
alter table budget_spending drop constraint budget_spending_amount_check;
alter table budget_spending add column reversal_of bigint unique references budget_spending (id);
alter table budget_spending add constraint budget_spending_amount_check
    check ((reversal_of is null and amount > 0) or (reversal_of is not null and amount < 0));
