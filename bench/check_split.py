#!/usr/bin/env python3
"""Compares this project's per-user split with the notebook's, row for row.

Runs the notebook's own filtering and split code (pandas + scikit-learn, as in Bloques 2 and
4) on an ml-1m folder and compares its test set with the test set saved in a run directory
of this project (predictions.csv) trained on the same folder with the default config.

Usage: python3 bench/check_split.py DATA_DIR RUN_DIR
"""
import sys

import pandas as pd
from sklearn.model_selection import train_test_split

data, run = sys.argv[1], sys.argv[2]
ratings = pd.read_csv(f"{data}/ratings.dat", sep="::", engine="python", header=None,
                      names=["UserID", "MovieID", "Rating", "Timestamp"])
user_counts = ratings["UserID"].value_counts()
ratings = ratings[ratings["UserID"].isin(user_counts[user_counts >= 5].index)]
movie_counts = ratings["MovieID"].value_counts()
ratings = ratings[ratings["MovieID"].isin(movie_counts[movie_counts >= 5].index)]

notebook = set()
sizes = [0, 0, 0]
ties = 0
for _, group in ratings.groupby("UserID"):
    ties += int(group["Timestamp"].duplicated().any())
    group = group.sort_values("Timestamp")
    train, temp = train_test_split(group, test_size=0.30, random_state=42)
    val, test = train_test_split(temp, test_size=0.50, random_state=42)
    sizes[0] += len(train); sizes[1] += len(val); sizes[2] += len(test)
    notebook.update(zip(test["UserID"], test["MovieID"]))

ours = pd.read_csv(f"{run}/predictions.csv")
mine = set(zip(ours["user_id"], ours["movie_id"]))
users = ratings["UserID"].nunique()
same_users = sum(1 for u, g in ours.groupby("user_id")
                 if set(g["movie_id"]) == {m for (v, m) in notebook if v == u}) if len(ours) < 20000 else None
print(f"notebook split sizes: train {sizes[0]:,} / validation {sizes[1]:,} / test {sizes[2]:,}")
print(f"this project's test set: {len(mine):,} ratings; notebook's: {len(notebook):,}")
print(f"test ratings in both: {len(mine & notebook):,} ({100.0 * len(mine & notebook) / len(notebook):.2f}%)")
print(f"users with tied timestamps (where pandas' unstable sort may differ): {ties:,} of {users:,}")
