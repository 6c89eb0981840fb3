"""A bare Streamlit page (a title and one metric): what a browser spends on Streamlit's own front
end, whatever the app. bench/measure.py opens it in N browsers at once beside the overview, to
show how much of "N sessions on this machine" is the browsers themselves."""

import streamlit as st

st.title("基准页")
st.metric("目标数", 451)
