"""Who and where a text names: people, places, organisations, and the offline gazetteer behind them."""
